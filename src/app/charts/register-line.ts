import { LineChart } from "echarts/charts";
import { echarts } from "./register-echarts";

// Imported by the views that draw lines (trade), so the chunk shared by all
// chart views carries no line series code.
echarts.use([LineChart]);
