// Preloaded into ajv-cli (node --require) by bench/validate.sh.
// ajv-cli 5 reads .yaml data with js-yaml 3's safeLoad(), whose default schema is
// YAML 1.1 and turns 2026-11-03 into a JavaScript Date, which then fails every
// `"type": "string", "format": "date"` in brm's schemas. brm reads YAML with the
// YAML 1.2 core schema, where such a date is a string; load ajv's data the same way
// so that ajv checks the same thing brm checks. Parsing cost is unchanged.
"use strict";
const fs = require("fs");
const path = require("path");
// The js-yaml that ajv-cli itself loads: resolve it from the ajv script being run.
const from = path.dirname(fs.realpathSync(process.argv[1]));
const yaml = require(require.resolve("js-yaml", { paths: [from] }));
const safeLoad = yaml.safeLoad;
yaml.safeLoad = (text, options) =>
  safeLoad(text, Object.assign({ schema: yaml.CORE_SCHEMA }, options));
