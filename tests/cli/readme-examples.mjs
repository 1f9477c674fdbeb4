#!/usr/bin/env node
// readme-examples.mjs: the shell examples of README.md, run as written. Every indented command
// line that starts with `mpyc`, `build/mpyc` or `build/mpy-cross` is run (in order, with `\`
// continuations joined) in a sandbox holding the files the examples name, and must exit 0 (or 2
// where its comment says "exit 2"); every `$ command` transcript must print the lines that
// follow it. The Makefile and CMake blocks are run by tests/build (build-tests.mjs and
// cmake-sample.sh); the install recipe (apt-get, cmake, ninja) is not run here.
//
//   node tests/cli/readme-examples.mjs --mpyc PATH
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { makeChecks } from "../lib/checks.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, "../..");
const args = process.argv.slice(2);
const i = args.indexOf("--mpyc");
const MPYC = i >= 0 && path.resolve(args[i + 1]);
if (!MPYC) {
    console.error("usage: readme-examples.mjs --mpyc PATH");
    process.exit(2);
}

const { check, finish } = makeChecks();

// The sandbox: a work folder with the files the examples name, `build/mpyc` and
// `build/mpy-cross` in it, and mpyc on the PATH; ../micropython-lib beside it.
const top = fs.mkdtempSync(path.join(os.tmpdir(), "mpyc-readme-"));
process.on("exit", () => fs.rmSync(top, { recursive: true, force: true }));
const work = path.join(top, "work");
const bin = path.join(top, "bin");
const files = {
    "module.py": "def hello():\n    return 'hi'\nprint(hello())\n",
    "main.py": "import pkg\nprint(pkg.NAME)\n",
    "a.py": "A = 1\n",
    "b.py": "B = 2\n",
    "lib.py": "def f(x):\n    return x + 1\n",
    "pkg/__init__.py": "NAME = 'pkg'\n",
    "src/pkg/__init__.py": "NAME = 'pkg'\n",
    "src/pkg/mod.py": "def g():\n    return 3\n",
    "src/app.py": "import pkg\n",
    "lib/extra.py": "EXTRA = 1\n",
    "app/main.py": "from pkg import util\nprint(util.scale(2))\n",
    "app/lib/pkg/__init__.py": "",
    "app/lib/pkg/util.py": "def scale(x):\n    return 2 * x\n",
    "boards/manifest.py": 'freeze("$(PORT_DIR)/src")\n',
    "boards/X/board.txt": "",
    "build/genhdr/qstrdefs.preprocessed.h": fs.readFileSync(path.join(ROOT, "tests/unit/data/freeze/qstr/h0.h"), "utf8"),
};
for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(work, name)), { recursive: true });
    fs.writeFileSync(path.join(work, name), text);
}
fs.mkdirSync(path.join(top, "micropython-lib"));
fs.mkdirSync(bin);
for (const name of ["mpyc", "mpy-cross"]) {
    fs.symlinkSync(MPYC, path.join(bin, name));
    fs.symlinkSync(MPYC, path.join(work, "build", name));
}
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
function sh(command) {
    const r = spawnSync("sh", ["-c", command], { cwd: work, env, encoding: "utf8" });
    return { code: r.status, stdout: r.stdout || "", stderr: r.stderr || "" };
}
// the .mpy files the examples take as inputs
for (const [mpy, py] of [["a.mpy", "a.py"], ["b.mpy", "b.py"], ["lib.mpy", "lib.py"], ["main.mpy", "main.py"]]) {
    const r = sh(`mpyc compile -o ${mpy} ${py}`);
    check(`sandbox: ${mpy}`, r.code === 0, r.stderr);
}

const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8").split("\n");
const commands = [];
const transcripts = [];
for (let k = 0; k < readme.length; k++) {
    const line = readme[k];
    if (/^    \$ /.test(line)) {
        const expect = [];
        for (let j = k + 1; j < readme.length && /^    (?!\$ )\S/.test(readme[j]); j++) expect.push(readme[j].slice(4));
        transcripts.push({ command: line.slice(6), expect, line: k + 1 });
        k += expect.length; // the output lines are not commands
        continue;
    }
    if (!/^    (mpyc |build\/mpyc |build\/mpy-cross )/.test(line)) continue;
    let command = line.slice(4);
    while (command.endsWith("\\") && k + 1 < readme.length) command = command.slice(0, -1) + " " + readme[++k].trim();
    commands.push({ command, line: k + 1 });
}
check("README has shell examples", commands.length >= 10, `${commands.length} found`);
check("README has transcripts", transcripts.length >= 3, `${transcripts.length} found`);
for (const { command, line } of commands) {
    const r = sh(command);
    const mayFail = /exit 2/.test(command);
    check(`README line ${line}: ${command}`, r.code === 0 || (mayFail && r.code === 2), `exit ${r.code}: ${r.stderr.slice(0, 400)}`);
}
for (const { command, expect, line } of transcripts) {
    const r = sh(command);
    const printed = (r.stdout + r.stderr).split("\n");
    for (const e of expect)
        check(`README line ${line}: '${command}' prints ${JSON.stringify(e)}`, printed.includes(e), printed.join("\n").slice(0, 300));
}
finish("readme examples");
