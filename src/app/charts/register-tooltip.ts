import { TooltipComponent } from "echarts/components";
import { use } from "echarts/core";
import "./register-echarts";

// The tooltip only answers the pointer: loaded on demand once the first
// chart has painted (load-tooltip.ts), it adds its model, view and actions
// to the charts already drawn. The axis pointer it steers stays in the
// first chunk (GridComponent): it installs a data processor, and an ECharts
// instance only runs the processors that were installed when it was created.
use([TooltipComponent]);
