/* Builds the add-in into dist/: taskpane.html (the shared runtime page), taskpane.js,
   functions.js, functions.json, functions-ru.json, assets/ and manifest.xml. */
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { require: tsRequire } = require("tsx/cjs/api");

const { localizeFunctions } = tsRequire("./scripts/localizeFunctions.ts", __filename);
const { TRANSLATIONS } = tsRequire("./src/functions/translations.ts", __filename);

const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** Certificates are needed only to serve; a production build must run without them. */
async function httpsServer() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { type: "https", options: { ca, key, cert } };
}

/**
 * Writes functions-ru.json (Russian names for Russian Excel, the manifest's default locale) from
 * the functions.json that CustomFunctionsMetadataPlugin generated, and fails the build when a
 * function or a parameter has no Russian name.
 */
class RussianFunctionsPlugin {
  apply(compiler) {
    const name = "RussianFunctionsPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const generated = compilation.getAsset("functions.json");
          if (!generated) {
            compilation.errors.push(new webpack.WebpackError("functions.json was not generated"));
            return;
          }
          const metadata = JSON.parse(generated.source.source().toString());
          const localized = localizeFunctions(metadata, TRANSLATIONS);
          for (const problem of localized.problems) {
            compilation.errors.push(new webpack.WebpackError(`functions-ru.json: ${problem}`));
          }
          const json = JSON.stringify(localized.metadata, null, 4);
          compilation.emitAsset("functions-ru.json", new webpack.sources.RawSource(json));
        },
      );
    });
  }
}

module.exports = async (env, argv) => {
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    mode: argv.mode || "production",
    devtool: "source-map",
    // The pane depends on the functions entry, so functions.js carries the one webpack runtime
    // and stays self-contained, while modules both use (settings, caches) exist once on the page.
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js", // fixed names: the manifest points at functions.js
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { configFile: "tsconfig.webpack.json", onlyCompileBundledFiles: true },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new RussianFunctionsPlugin(),
      // A shared runtime loads one page, so the functions chunk goes into taskpane.html too.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    // React and Fluent UI exceed webpack's 244 KiB hint; the pane loads from localhost or an
    // intranet server, so the hint is noise.
    performance: { hints: false },
    devServer: serving
      ? {
          port: DEV_SERVER_PORT,
          server: await httpsServer(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
        }
      : undefined,
  };
};
