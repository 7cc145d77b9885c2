import { LineChart } from "echarts/charts";
import { use } from "echarts/core";
import "./register-echarts";

// Imported by the views that draw lines (trade), so the chunk shared by all
// chart views carries no line series code.
use([LineChart]);
