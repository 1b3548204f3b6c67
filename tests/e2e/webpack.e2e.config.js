/* Builds what the browser test serves: the pane exactly as `npm run build` makes it, and a
   small page script that answers the Excel API from an in-memory workbook. The output folder
   comes from E2E_OUT so the test never touches dist/. */
const path = require("path");
const projectConfig = require("../../webpack.config.js");

const ROOT = path.resolve(__dirname, "../..");

module.exports = async (env, argv) => {
  const out = process.env.E2E_OUT;
  if (!out) throw new Error("E2E_OUT must name the output folder");
  const pane = await projectConfig(env, { ...argv, mode: "production" });
  return [
    // No cleaning: the folder is new, and cleaning it would race with the stand-in's build.
    { ...pane, context: ROOT, output: { ...pane.output, path: out, clean: false } },
    {
      name: "excel-stand-in",
      mode: "development",
      devtool: false,
      context: ROOT,
      target: "web",
      entry: { excelStandIn: "./tests/e2e/page/excelStandIn.ts" },
      output: { path: path.join(out, "e2e"), filename: "[name].js" },
      resolve: { extensions: [".ts", ".tsx", ".js"] },
      module: {
        rules: [
          {
            test: /\.tsx?$/,
            exclude: /node_modules/,
            // Type checking is `tsc`'s job; here only the bundle is needed, fast.
            use: { loader: "ts-loader", options: { transpileOnly: true } },
          },
        ],
      },
      performance: { hints: false },
    },
  ];
};
