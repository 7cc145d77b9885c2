// The dataset's zod schema as the app loads it: on demand (only a file the
// quick check does not accept needs it), and with zod told not to use eval
// before the schema module defines its objects.
import "../zod-without-eval";

export { datasetSchema, describeIssues } from "../../schema/dataset";
