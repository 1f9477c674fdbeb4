#!/usr/bin/env node
// build-tests.mjs: the tests of `mpyc build`, manifest evaluation, `mpyc size` and the size gate,
// run against the mpyc executable of a build.
//
// Usage:
//   node tests/build/build-tests.mjs --mpyc PATH [--filter SUBSTR] [--ref-micropython DIR]
//
//   --mpyc PATH            the mpyc executable under test (required)
//   --filter SUBSTR        only the tests whose name contains SUBSTR
//   --ref-micropython DIR  also compare the manifest evaluation with DIR/tools/manifestfile.py
//                          (needs python3; skipped otherwise)
//
// Each test works in its own temporary folder, with copies of tests/build/data where it needs
// them, and checks observable behaviour: files written (bytes, and modification times for the
// incremental cases), exit codes, stdout/stderr. Every .mpy is checked against `mpyc compile`
// of the same source with the same -s name, which the golden test holds byte-identical to
// MicroPython's mpy-cross. Prints one line per failed check and "N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url));
const DATA = path.join(SCRIPT_DIR, "data");
const ROOT = path.resolve(SCRIPT_DIR, "../..");

const args = process.argv.slice(2);
function option(name) {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
}
const MPYC = option("--mpyc") && path.resolve(option("--mpyc"));
const FILTER = option("--filter");
const REF = option("--ref-micropython");
if (!MPYC) {
    console.error("usage: build-tests.mjs --mpyc PATH [--filter SUBSTR] [--ref-micropython DIR]");
    process.exit(2);
}

let passed = 0;
let failed = 0;
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "mpyc-build-tests-"));

function check(name, ok, detail) {
    if (ok) {
        passed++;
    } else {
        failed++;
        console.log(`FAIL ${name}${detail ? ": " + detail : ""}`);
    }
}

function checkEqual(name, actual, expected) {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    check(name, a === e, a === e ? "" : `got ${a.slice(0, 800)}, expected ${e.slice(0, 800)}`);
}

function run(argv, opts = {}) {
    const r = spawnSync(MPYC, argv, { cwd: opts.cwd, encoding: "utf8", env: { ...process.env, ...(opts.env || {}) } });
    return { code: r.status, stdout: r.stdout || "", stderr: r.stderr || "" };
}

function runBinary(argv, opts = {}) {
    const r = spawnSync(MPYC, argv, { cwd: opts.cwd });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString() };
}

function tmpdir(name) {
    const d = path.join(tmpRoot, name);
    fs.mkdirSync(d, { recursive: true });
    return d;
}

function writeTree(root, files) {
    for (const [rel, text] of Object.entries(files)) {
        const p = path.join(root, rel);
        fs.mkdirSync(path.dirname(p), { recursive: true });
        fs.writeFileSync(p, text);
    }
}

function listFiles(root) {
    const out = [];
    const walk = (d, rel) => {
        for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
            if (e.isDirectory()) walk(path.join(d, e.name), rel + e.name + "/");
            else out.push(rel + e.name);
        }
    };
    if (fs.existsSync(root)) walk(root, "");
    return out;
}

function mtimes(root) {
    const m = {};
    for (const f of listFiles(root)) m[f] = fs.statSync(path.join(root, f), { bigint: true }).mtimeNs.toString();
    return m;
}

// What `mpyc compile -s NAME [opts] SRC` writes.
function reference(src, name, opts = []) {
    const out = path.join(tmpRoot, "ref-" + Math.random().toString(36).slice(2) + ".mpy");
    const r = run(["compile", ...opts, "-s", name, "-o", out, src]);
    if (r.code !== 0) throw new Error(`mpyc compile ${src} failed: ${r.stderr}`);
    const bytes = fs.readFileSync(out);
    fs.unlinkSync(out);
    return bytes;
}

function sleepMs(ms) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const tests = [];
function test(name, fn) {
    tests.push({ name, fn });
}

const sampleTree = {
    "main.py": "import app\napp.start()\n",
    "app/__init__.py": "from .core import start\n",
    "app/core.py": "_DEBUG = const(0)\n\ndef start():\n    if _DEBUG:\n        print('debug')\n    return 42\n",
    "app/util/__init__.py": "",
    "app/util/text.py": "def shout(s):\n    return s.upper() + '!'\n",
};

test("batch: every module, mirrored paths, bytes as mpyc compile -s", () => {
    const d = tmpdir("batch");
    writeTree(path.join(d, "src"), sampleTree);
    const r = run(["build", "-o", "out", "src"], { cwd: d });
    check("batch exit", r.code === 0, r.stderr);
    check("batch quiet when not a terminal", r.stderr === "", JSON.stringify(r.stderr));
    checkEqual("batch outputs", listFiles(path.join(d, "out")).filter((f) => !f.startsWith(".")), [
        "app/__init__.mpy",
        "app/core.mpy",
        "app/util/__init__.mpy",
        "app/util/text.mpy",
        "main.mpy",
    ]);
    for (const rel of Object.keys(sampleTree)) {
        const mpy = path.join(d, "out", rel.replace(/\.py$/, ".mpy"));
        const same = fs.readFileSync(mpy).equals(reference(path.join(d, "src", rel), rel));
        check(`batch bytes ${rel}`, same);
    }
    // file inputs: module paths relative to --base
    const r2 = run(["build", "-o", "out2", "--base", "src", "src/app/core.py", "src/main.py"], { cwd: d });
    check("file inputs exit", r2.code === 0, r2.stderr);
    checkEqual("file inputs outputs", listFiles(path.join(d, "out2")).filter((f) => !f.startsWith(".")), [
        "app/core.mpy",
        "main.mpy",
    ]);
    check("file input named by its module path",
        fs.readFileSync(path.join(d, "out2/app/core.mpy")).equals(reference(path.join(d, "src/app/core.py"), "app/core.py")));
    const r3 = run(["build", "-o", "out3", "src/main.py", "--base", "src/app"], { cwd: d });
    check("file outside --base is an error", r3.code === 1 && /outside the base folder/.test(r3.stderr), r3.stderr);
    // -O and -X reach the compiler
    const r4 = run(["build", "-o", "out4", "-O3", "src"], { cwd: d });
    check("-O3 exit", r4.code === 0, r4.stderr);
    check("-O3 bytes", fs.readFileSync(path.join(d, "out4/app/core.mpy")).equals(
        reference(path.join(d, "src/app/core.py"), "app/core.py", ["-O3"])));
});

test("incremental: only what changed is compiled and written", () => {
    const d = tmpdir("incremental");
    writeTree(path.join(d, "src"), sampleTree);
    const out = path.join(d, "out");
    let r = run(["build", "-o", "out", "src", "-v"], { cwd: d });
    check("first build", r.code === 0 && /5 compiled/.test(r.stderr), r.stderr);
    const t0 = mtimes(out);
    sleepMs(20);
    r = run(["build", "-o", "out", "src", "-v"], { cwd: d });
    check("second build compiles nothing", /0 compiled .*5 up to date/.test(r.stderr), r.stderr);
    checkEqual("second build writes nothing", mtimes(out), t0);

    // touched but unchanged: content hashes, not timestamps
    const core = path.join(d, "src/app/core.py");
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(core, later, later);
    r = run(["build", "-o", "out", "src", "-v"], { cwd: d });
    check("touch compiles nothing", /0 compiled/.test(r.stderr), r.stderr);
    checkEqual("touch writes nothing", mtimes(out), t0);

    // one source changed: one module compiled, one output written
    fs.appendFileSync(core, "\ndef stop():\n    return 0\n");
    sleepMs(20);
    r = run(["build", "-o", "out", "src", "-v"], { cwd: d });
    check("edit compiles one", /1 compiled \(1 rewritten\), 4 up to date/.test(r.stderr), r.stderr);
    const t1 = mtimes(out);
    const changed = Object.keys(t1).filter((f) => t1[f] !== t0[f]).sort();
    checkEqual("edit rewrites only its output (and the state)", changed, [".mpyc-build.json", "app/core.mpy"]);
    check("edited output is correct", fs.readFileSync(path.join(out, "app/core.mpy")).equals(reference(core, "app/core.py")));

    // a change that does not change the bytes: compiled, not rewritten (-O3: no line numbers)
    run(["build", "-o", "out", "-O3", "src"], { cwd: d });
    const t2 = mtimes(out);
    fs.appendFileSync(core, "# a comment\n");
    r = run(["build", "-o", "out", "-O3", "src", "-v"], { cwd: d });
    check("same bytes: compiled, not rewritten", /1 compiled \(0 rewritten\)/.test(r.stderr), r.stderr);
    check("same bytes: output timestamp kept", mtimes(out)["app/core.mpy"] === t2["app/core.mpy"]);

    // options are part of the key
    r = run(["build", "-o", "out", "-O0", "src", "-v"], { cwd: d });
    check("new options recompile all", /5 compiled/.test(r.stderr), r.stderr);

    // an output removed or modified by someone else is rebuilt
    fs.unlinkSync(path.join(out, "main.mpy"));
    fs.writeFileSync(path.join(out, "app/__init__.mpy"), "garbage");
    r = run(["build", "-o", "out", "src", "-v"], { cwd: d });
    check("damaged outputs rebuilt", /2 compiled/.test(r.stderr), r.stderr);
    check("removed output back", fs.readFileSync(path.join(out, "main.mpy")).equals(reference(path.join(d, "src/main.py"), "main.py")));
    check("modified output repaired", fs.readFileSync(path.join(out, "app/__init__.mpy")).equals(
        reference(path.join(d, "src/app/__init__.py"), "app/__init__.py")));

    // --force compiles everything, writes nothing new
    const t3 = mtimes(out);
    r = run(["build", "-o", "out", "src", "-v", "--force"], { cwd: d });
    check("--force compiles all", /5 compiled \(0 rewritten\)/.test(r.stderr), r.stderr);
    checkEqual("--force keeps identical outputs", mtimes(out)["main.mpy"], t3["main.mpy"]);
});

test("removal: outputs of vanished sources are deleted, nothing else", () => {
    const d = tmpdir("removal");
    writeTree(path.join(d, "src"), sampleTree);
    run(["build", "-o", "out", "src"], { cwd: d });
    writeTree(path.join(d, "out"), { "keep.txt": "not ours", "app/util/notes.md": "not ours either" });
    fs.rmSync(path.join(d, "src/app/util"), { recursive: true });
    fs.unlinkSync(path.join(d, "src/main.py"));
    const r = run(["build", "-o", "out", "src", "-v"], { cwd: d });
    check("removal exit", r.code === 0 && /3 removed/.test(r.stderr), r.stderr);
    checkEqual("removal leaves", listFiles(path.join(d, "out")), [
        ".mpyc-build.json",
        "app/__init__.mpy",
        "app/core.mpy",
        "app/util/notes.md",
        "keep.txt",
    ]);
    fs.unlinkSync(path.join(d, "out/app/util/notes.md"));
    fs.writeFileSync(path.join(d, "src/app/gone.py"), "x = 1\n");
    run(["build", "-o", "out", "src"], { cwd: d });
    fs.unlinkSync(path.join(d, "src/app/gone.py"));
    run(["build", "-o", "out", "src"], { cwd: d });
    check("emptied folders removed", !fs.existsSync(path.join(d, "out/app/gone.mpy")));
    // two builds sharing a folder, each with its own state, do not delete each other's outputs
    writeTree(path.join(d, "other"), { "other.py": "o = 1\n" });
    run(["build", "-o", "out", "--state", "out/.other.json", "other"], { cwd: d });
    run(["build", "-o", "out", "src"], { cwd: d });
    check("other build's output kept", fs.existsSync(path.join(d, "out/other.mpy")));
});

test("-j: the same bytes whatever the parallelism", () => {
    const d = tmpdir("jobs");
    const files = {};
    for (let i = 0; i < 60; i++) {
        files[`pkg${i % 4}/mod${i}.py`] =
            `_K = const(${i})\nclass C${i}:\n    def f(self, x):\n        return [x * _K for _ in range(${i % 7})]\nNAME = 'module ${i} ' * ${i % 5}\n`;
    }
    writeTree(path.join(d, "src"), files);
    const outs = {};
    for (const j of ["1", "3", "8"]) {
        const r = run(["build", "-j", j, "-o", `out${j}`, "--freeze", `frozen${j}.c`, "--report", `r${j}.json`, "src"], { cwd: d });
        check(`-j${j} exit`, r.code === 0, r.stderr);
        outs[j] = Object.fromEntries(
            listFiles(path.join(d, `out${j}`)).filter((f) => f.endsWith(".mpy")).map((f) => [f, fs.readFileSync(path.join(d, `out${j}`, f)).toString("hex")]));
    }
    checkEqual("-j1 vs -j3 .mpy files", outs["3"], outs["1"]);
    checkEqual("-j1 vs -j8 .mpy files", outs["8"], outs["1"]);
    check("-j1 vs -j8 frozen C (but for the .mpy paths)",
        fs.readFileSync(path.join(d, "frozen8.c"), "utf8").replaceAll("out8/", "out1/") === fs.readFileSync(path.join(d, "frozen1.c"), "utf8"));
    const rep = (j) => fs.readFileSync(path.join(d, `r${j}.json`), "utf8");
    check("-j1 vs -j8 report", rep("8") === rep("1"));
});

test("failures: exit 1, diagnostics with line and column, the other outputs right", () => {
    const d = tmpdir("failures");
    writeTree(path.join(d, "src"), { ...sampleTree, "zz/b_bad.py": "def f(:\n    pass\n", "zz/c_bad.py": "x = 1\ny = (2,\n" });
    let r = run(["build", "-j1", "-o", "out", "src"], { cwd: d });
    check("failure exit 1", r.code === 1, String(r.code));
    check("first failure reported with file:line:col", /src\/zz\/b_bad\.py:1:7: error: invalid syntax/.test(r.stderr), r.stderr);
    check("without --keep-going the build stops", !/c_bad/.test(r.stderr), r.stderr);
    check("no output for a failed module", !fs.existsSync(path.join(d, "out/zz/b_bad.mpy")));
    check("modules before the failure are right",
        fs.readFileSync(path.join(d, "out/app/core.mpy")).equals(reference(path.join(d, "src/app/core.py"), "app/core.py")));

    r = run(["build", "-j4", "-k", "-o", "out", "src"], { cwd: d });
    check("--keep-going exit 1", r.code === 1, String(r.code));
    const b = r.stderr.indexOf("b_bad.py:1:7");
    const c = r.stderr.indexOf("c_bad.py:3:1");
    check("--keep-going reports every failure, in input order", b >= 0 && c > b, r.stderr);
    check("--keep-going counts them", /2 modules failed/.test(r.stderr), r.stderr);
    for (const rel of Object.keys(sampleTree)) {
        const mpy = path.join(d, "out", rel.replace(/\.py$/, ".mpy"));
        check(`--keep-going built ${rel}`, fs.existsSync(mpy) && fs.readFileSync(mpy).equals(reference(path.join(d, "src", rel), rel)));
    }
    // a module that compiled before and now fails loses its stale output
    fs.writeFileSync(path.join(d, "src/app/util/text.py"), "def shout(s:\n");
    r = run(["build", "-k", "-o", "out", "src"], { cwd: d });
    check("broken module: stale output removed", r.code === 1 && !fs.existsSync(path.join(d, "out/app/util/text.mpy")));
    fs.writeFileSync(path.join(d, "src/app/util/text.py"), "def shout(s):\n    return s\n");
    fs.rmSync(path.join(d, "src/zz"), { recursive: true });
    r = run(["build", "-o", "out", "src"], { cwd: d });
    check("fixed: builds again", r.code === 0 && fs.existsSync(path.join(d, "out/app/util/text.mpy")), r.stderr);
    // compile errors (not syntax errors) too
    fs.writeFileSync(path.join(d, "src/d_bad.py"), "def f():\n    return\n    nonlocal x\n");
    r = run(["build", "-o", "out", "src"], { cwd: d });
    check("compile error reported", r.code === 1 && /src\/d_bad\.py:3:5: error:/.test(r.stderr), r.stderr);
    // bad options and missing inputs
    check("missing input", run(["build", "-o", "out", "nope"], { cwd: d }).code === 1);
    check("no output given", run(["build", "src"], { cwd: d }).code === 1);
});

test("progress line only on a terminal (or when asked)", () => {
    const d = tmpdir("progress");
    writeTree(path.join(d, "src"), sampleTree);
    let r = run(["build", "-o", "out", "src"], { cwd: d });
    check("no progress when stderr is not a terminal", !r.stderr.includes("\r") && r.stderr === "", JSON.stringify(r.stderr));
    r = run(["build", "-o", "out2", "src", "--progress", "always"], { cwd: d });
    check("--progress always draws and erases", /\r\x1b\[K\[\d+\/5\] /.test(r.stderr) && r.stderr.includes("\r\x1b[Kmpyc build: 5 modules"),
        JSON.stringify(r.stderr));
    // a real terminal, through script(1), when it is there
    const script = spawnSync("script", ["-qc", `${MPYC} build -o out3 src`, "/dev/null"], { cwd: d, encoding: "utf8" });
    if (script.status === 0 && script.error === undefined) {
        check("progress on a terminal", /\[\d+\/5\]/.test(script.stdout) && /5 modules: 5 compiled/.test(script.stdout),
            JSON.stringify(script.stdout));
    }
});

// The Makefile block of README.md, extracted and run as written.
function readmeMakefile() {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const m = readme.match(/<!-- makefile: begin[^>]*-->\n```make\n([\s\S]*?)```\n<!-- makefile: end -->/);
    if (!m) throw new Error("README.md has no makefile block between its markers");
    return m[1];
}

test("make: the README's Makefile, as written: build, add, delete, touch, lose the depfile", () => {
    if (spawnSync("make", ["--version"]).status !== 0) {
        console.log("note: make not found, Makefile test skipped");
        return;
    }
    const d = tmpdir("make");
    writeTree(path.join(d, "src"), sampleTree);
    fs.writeFileSync(path.join(d, "manifest.py"), 'freeze("src")\n');
    fs.writeFileSync(path.join(d, "Makefile"), readmeMakefile());
    const make = (target = "build/mpy.stamp") => spawnSync("make", [`MPYC=${MPYC}`, target], { cwd: d, encoding: "utf8" });
    const mtime = (f) => fs.statSync(path.join(d, f)).mtimeMs;
    const out = (f) => path.join(d, "build/mpy", f);
    let r = make();
    check("make: first build", r.status === 0 && fs.existsSync(out("app/core.mpy")), r.stdout + r.stderr);
    r = make();
    check("make: then up to date", /is up to date/.test(r.stdout), r.stdout);
    const coreTime = mtime("build/mpy/app/core.mpy");
    const utilTime = mtime("build/mpy/app/util/text.mpy");

    sleepMs(1100); // make compares whole seconds on some file systems
    fs.appendFileSync(path.join(d, "src/app/core.py"), "Z = 1\n");
    r = make();
    check("make: an edited source rebuilds", /mpyc build/.test(r.stdout) && r.status === 0, r.stdout + r.stderr);
    check("make: the edited module is rewritten", mtime("build/mpy/app/core.mpy") > coreTime);
    check("make: the others are not", mtime("build/mpy/app/util/text.mpy") === utilTime);
    r = make();
    check("make: up to date again", /is up to date/.test(r.stdout), r.stdout);

    sleepMs(1100);
    fs.writeFileSync(path.join(d, "src/app/util/new.py"), "N = 1\n");
    fs.writeFileSync(path.join(d, "src/app/util/new2.py"), "N = 2\n");
    r = make();
    check("make: new files rebuild", /mpyc build/.test(r.stdout) && fs.existsSync(out("app/util/new.mpy")) && fs.existsSync(out("app/util/new2.mpy")), r.stdout + r.stderr);

    sleepMs(1100);
    fs.rmSync(path.join(d, "src/app/util/new2.py"));
    r = make();
    check("make: a deleted source rebuilds, no 'No rule to make target'", r.status === 0 && /mpyc build/.test(r.stdout), r.stdout + r.stderr);
    check("make: its .mpy is removed", !fs.existsSync(out("app/util/new2.mpy")) && fs.existsSync(out("app/util/new.mpy")));

    sleepMs(1100);
    const newTime = mtime("build/mpy/app/util/new.mpy");
    fs.utimesSync(path.join(d, "src/app/core.py"), new Date(), new Date());
    r = make();
    check("make: a touched source reruns the build", /mpyc build/.test(r.stdout), r.stdout);
    check("make: touching rewrites nothing (same bytes)", mtime("build/mpy/app/util/new.mpy") === newTime);

    // the depfile lost (deleted by hand): deleting a source still removes its .mpy
    sleepMs(1100);
    fs.rmSync(path.join(d, "build/mpy.stamp.d"));
    fs.rmSync(path.join(d, "src/app/util/new.py"));
    r = make();
    check("make: without the depfile, a deleted source still rebuilds", r.status === 0 && /mpyc build/.test(r.stdout), r.stdout + r.stderr);
    check("make: ... and its .mpy is removed", !fs.existsSync(out("app/util/new.mpy")));
    check("make: the depfile is back", fs.existsSync(path.join(d, "build/mpy.stamp.d")));

    // the frozen-C rule of the same block
    r = make("build/frozen_content.c");
    check("make: frozen C from the manifest", r.status === 0 && fs.readFileSync(path.join(d, "build/frozen_content.c"), "utf8").includes("mp_frozen_names"), r.stdout + r.stderr);
    r = make("build/frozen_content.c");
    check("make: frozen C up to date", /is up to date/.test(r.stdout), r.stdout);
});

// --- manifests -----------------------------------------------------------------------------

function manifestTree(name) {
    const d = tmpdir(name);
    fs.cpSync(path.join(DATA, "manifests"), d, { recursive: true });
    const r = run(["compile", "-o", "board/prebuilt/pre.mpy", "-s", "pre.py", "board/prebuilt/pre.py"], { cwd: d });
    if (r.code !== 0) throw new Error(r.stderr);
    return d;
}
const boardVars = ["--mpy-dir", "mpy", "--port-dir", "port", "--board-dir", "board", "--lib-dir", "lib", "--var", "VENDOR_DIR=vendor"];

test("manifest: include, require, add_library, options, package, module, freeze*", () => {
    const d = manifestTree("manifest-list");
    const r = run(["build", "--list", "--manifest", "board/manifest.py", ...boardVars], { cwd: d });
    check("--list exit", r.code === 0, r.stderr);
    const got = r.stdout.split(d).join("<root>");
    const expected = fs.readFileSync(path.join(DATA, "manifests-expected.txt"), "utf8");
    check("evaluated modules", got === expected, "\n" + got);
    if (REF) {
        const py = spawnSync("python3", [path.join(SCRIPT_DIR, "manifestfile-list.py"), REF, "board/manifest.py"], { cwd: d, encoding: "utf8" });
        if (py.status === 0) {
            const sorted = (t) => t.split("\n").filter(Boolean).sort().join("\n");
            check("same modules as the reference manifestfile.py", sorted(py.stdout.split(d).join("<root>")) === sorted(got),
                "\nreference:\n" + py.stdout + py.stderr);
        } else {
            console.log("note: reference comparison skipped: " + py.stderr.split("\n")[0]);
        }
    }
});

test("manifest: freeze to frozen_content.c, __version__ tags, opt=, depfile", () => {
    const d = manifestTree("manifest-freeze");
    let r = run(["build", "--manifest", "board/manifest.py", ...boardVars, "--freeze", "build/frozen_content.c", "-o", "build/frozen_mpy",
        "--depfile", "build/frozen_content.d", "-v"], { cwd: d });
    check("freeze exit", r.code === 0, r.stderr);
    const c = fs.readFileSync(path.join(d, "build/frozen_content.c"), "utf8");
    check("frozen str part", c.startsWith("//\n// Content for MICROPY_MODULE_FROZEN_STR\n//\n#include <stdint.h>\n#define MP_FROZEN_STR_NAMES \\\n\"hello.py\\0\" \\\n"), c.slice(0, 300));
    check("frozen str content", c.includes('"# frozen as text\\nprint(\\"hello from text\\")\\n\\0"\n"\\0"\n};\n'));
    check("frozen mpy part", c.includes("//\n// Content for MICROPY_MODULE_FROZEN_MPY\n//\n#include \"py/mpconfig.h\""));
    // the bytecode part is `mpyc freeze` of the compiled files, in manifest order
    const list = run(["build", "--list", "--manifest", "board/manifest.py", ...boardVars], { cwd: d }).stdout.trim().split("\n");
    const mpys = list.map((l) => l.split("\t")).filter((f) => f[0] !== "str")
        .map((f) => (f[0] === "mpy" ? f[2] : "build/frozen_mpy/" + f[1].replace(/\.py$/, ".mpy")));
    const fr = run(["freeze", ...mpys], { cwd: d });
    check("bytecode part equals mpyc freeze of the same files", fr.code === 0 && c.endsWith(fr.stdout), fr.stderr);
    // makemanifest.py compiles each file as `mpy-cross -s TARGET [-O<opt>]` after tagging __version__
    const tiny = fs.readFileSync(path.join(d, "build/frozen_mpy/tiny.mpy"));
    const tagged = path.join(d, "tagged.py");
    fs.writeFileSync(tagged, fs.readFileSync(path.join(d, "lib/micropython/tiny/tiny.py"), "utf8") + "\n\n__version__ = '0.3.1'\n");
    check("metadata version appended as __version__", tiny.equals(reference(tagged, "tiny.py")));
    const gadget = fs.readFileSync(path.join(d, "build/frozen_mpy/gadget_fast.mpy"));
    check("an existing __version__ is kept", gadget.equals(reference(path.join(d, "vendor/gadget/gadget_fast.py"), "gadget_fast.py")));
    check("opt= from the manifest", fs.readFileSync(path.join(d, "build/frozen_mpy/app/sub/deep.mpy")).equals(
        reference(path.join(d, "board/src/app/sub/deep.py"), "app/sub/deep.py", ["-O3"])));
    check("modules without opt= use -O", fs.readFileSync(path.join(d, "build/frozen_mpy/main.mpy")).equals(
        reference(path.join(d, "board/src/main.py"), "main.py")));
    check("freeze_mpy: .mpy frozen as it is", c.includes("// - original source file: " + path.join(d, "board/prebuilt/pre.mpy")));

    const dep = fs.readFileSync(path.join(d, "build/frozen_content.d"), "utf8");
    check("depfile target", dep.startsWith("build/frozen_content.c: \\\n"), dep.slice(0, 100));
    const deps = dep.split("\\\n").map((s) => s.trim()).slice(1).filter(Boolean);
    for (const m of ["board/manifest.py", "port/boards/manifest.py", "mpy/extmod/aio-manifest/manifest.py", "lib/micropython/tiny/manifest.py",
        "lib/python-stdlib/textutil/manifest.py", "vendor/gadget/manifest.py", "board/extras/manifest.py"])
        check(`depfile lists manifest ${m}`, deps.includes(path.join(d, m)), deps.join("\n"));
    for (const l of list) {
        const src = l.split("\t")[2].replace(/ .*/, "");
        check(`depfile lists source ${path.relative(d, src)}`, deps.includes(src));
    }
    check("depfile lists the folders searched", deps.includes(path.join(d, "port/modules")) && deps.includes(path.join(d, "port/modules/drivers")));
    check("depfile lists the compiler", deps.some((p) => path.basename(p) === path.basename(MPYC)));
    check("depfile leaves out unlisted files", !deps.includes(path.join(d, "board/src/cfg/c.py")) && !deps.includes(path.join(d, "mpy/extmod/aio-src/aio/extra.py")));

    // incremental through the manifest: one frozen file edited, only it recompiled
    const before = mtimes(path.join(d, "build/frozen_mpy"));
    fs.appendFileSync(path.join(d, "board/frz/x.py"), "X2 = 2\n");
    r = run(["build", "--manifest", "board/manifest.py", ...boardVars, "--freeze", "build/frozen_content.c", "-o", "build/frozen_mpy", "-v"], { cwd: d });
    check("manifest edit: one compiled", /1 compiled \(1 rewritten\)/.test(r.stderr), r.stderr);
    const after = mtimes(path.join(d, "build/frozen_mpy"));
    checkEqual("manifest edit: one output rewritten", Object.keys(after).filter((f) => after[f] !== before[f]).sort(), [".mpyc-build.json", "x.mpy"]);
    check("frozen C updated", fs.readFileSync(path.join(d, "build/frozen_content.c"), "utf8").includes("X2"));
    // a module dropped from the manifest loses its cached .mpy
    fs.writeFileSync(path.join(d, "board/extras/manifest.py"), "pass\n");
    r = run(["build", "--manifest", "board/manifest.py", ...boardVars, "--freeze", "build/frozen_content.c", "-o", "build/frozen_mpy", "-v"], { cwd: d });
    check("dropped modules removed", /2 removed/.test(r.stderr) && !fs.existsSync(path.join(d, "build/frozen_mpy/two.mpy")), r.stderr);
    // --freeze alone caches next to the C file; the depfile escapes spaces
    fs.mkdirSync(path.join(d, "with space"));
    r = run(["build", "--manifest", "board/manifest.py", ...boardVars, "--freeze", "with space/f.c", "--depfile", "with space/f.d"], { cwd: d });
    check("--freeze alone", r.code === 0 && fs.existsSync(path.join(d, "with space/f.c.cache/main.mpy")), r.stderr);
    check("depfile escapes spaces", fs.readFileSync(path.join(d, "with space/f.d"), "utf8").startsWith("with\\ space/f.c: \\\n"));
});

test("manifest: errors name the file, line and column (and who included it)", () => {
    const d = manifestTree("manifest-errors");
    const cases = [
        ["for.py", "for m in ['a.py']:\n    module(m)\n", /for\.py:1:1: error: 'for' statements are not supported in manifests/],
        ["import.py", "import os\n", /import\.py:1:1: error: 'import' statements are not supported/],
        ["unknown.py", "\nfreze('x')\n", /unknown\.py:2:1: error: unknown manifest function 'freze'/],
        ["kw.py", "module('a.py', bogus=1)\n", /kw\.py:1:16: error: module\(\) got an unexpected keyword argument 'bogus'/],
        ["var.py", "freeze('$(NOPE)/x')\n", /var\.py:1:8: error: path variable \$\(NOPE\) is not set[\s\S]*--var NOPE=PATH/],
        ["require.py", "require('nothing-like-it')\n", /require\.py:1:1: error: package 'nothing-like-it' not found in any known library/],
        ["library.py", "require('gadget', library='nolib')\n", /library\.py:1:27: error: unknown library 'nolib'/],
        ["syntax.py", "freeze('x'\n", /syntax\.py:2:1: error: invalid syntax/],
        ["missing.py", "module('nowhere.py')\n", /missing\.py:1:1: error: cannot find .*nowhere\.py/],
        ["attr.py", "x = os.path\n", /attr\.py:1:5: error: attribute access is only supported on 'options'/],
        ["name.py", "module(here)\n", /name\.py:1:8: error: name 'here' is not defined in this manifest/],
        ["expr.py", "1 + 2\n", /expr\.py:1:1: error: a manifest statement must be a call/],
        ["fstring.py", "v = 1\nmodule(f'{v}.py')\n", /fstring\.py:2:8: error: method calls \(and f-strings, which are method calls\) are not supported/],
        ["meta.py", "metadata(version='1')\nmetadata(version='2')\n", /meta\.py:2:1: error: duplicate call to metadata\(\)/],
        ["ext.py", "module('x.txt')\n", /ext\.py:1:8: error: module\(\) must name a \.py file/],
        ["nested.py", "include('inner.py')\n", /inner\.py:2:5: error: 'while' statements are not supported[\s\S]*nested\.py:1:1: note: included from here/],
    ];
    fs.mkdirSync(path.join(d, "errors"), { recursive: true });
    fs.writeFileSync(path.join(d, "errors/inner.py"), "if True:\n    while False:\n        pass\n");
    for (const [name, text, re] of cases) {
        fs.writeFileSync(path.join(d, "errors", name), text);
        const r = run(["build", "--list", "--manifest", "errors/" + name, "--lib-dir", "lib"], { cwd: d });
        check(`manifest error ${name}`, r.code === 1 && re.test(r.stderr) && r.stdout === "", `exit ${r.code}: ${r.stderr}`);
    }
    // a build with a bad manifest writes nothing
    fs.writeFileSync(path.join(d, "errors/late.py"), "module('board/src/main.py')\nfor x in y:\n    pass\n");
    const r = run(["build", "--manifest", "errors/late.py", "--freeze", "out/f.c"], { cwd: d });
    check("bad manifest: nothing written", r.code === 1 && !fs.existsSync(path.join(d, "out/f.c")));
    // two modules with one device path
    fs.writeFileSync(path.join(d, "errors/dup.py"), "module('main.py', base_path='../board/src')\nmodule('main.py', base_path='../board/src')\n");
    const dup = run(["build", "--list", "--manifest", "errors/dup.py"], { cwd: d });
    check("duplicate module path", dup.code === 1 && /two modules would be main\.py/.test(dup.stderr), dup.stderr);
});

// --- size reports and the gate ------------------------------------------------------------

const sizeSource =
    "_LIMIT = const(10)\n_NAME = const('internal')\nPUBLIC = const(3)\n" +
    "def f(a, b=2):\n    try:\n        return a + _LIMIT\n    except ValueError:\n        return 'a long string constant'\n" +
    "class C:\n    def m(self, *args):\n        return [x for x in args if x > PUBLIC]\n" +
    "def g():\n    yield 123456789012345678901234567890\n    yield 1.5\n    yield (1, 2)\n    yield b'bytes!'\n";

test("size: figures cross-checked with mpyc dump --json", () => {
    const d = tmpdir("size");
    fs.writeFileSync(path.join(d, "mod.py"), sizeSource);
    let r = run(["size", "--format", "json", "mod.py"], { cwd: d });
    check("size exit", r.code === 0, r.stderr);
    const rep = JSON.parse(r.stdout);
    check("schema", rep.schema === "mpyc-size-report" && rep.schema_version === 1);
    const m = rep.modules[0];
    check("module name", m.name === "mod.py" && m.source_name === "mod.py");
    run(["compile", "-s", "mod.py", "-o", "mod.mpy", "mod.py"], { cwd: d });
    const dump = JSON.parse(run(["dump", "--json", "mod.mpy"], { cwd: d }).stdout);
    checkEqual("mpy_bytes", m.mpy_bytes, dump.size);
    checkEqual("sections", m.sections, { header: dump.sections.qstrs, qstr_table: dump.sections.constants - dump.sections.qstrs,
        const_table: dump.sections.rawCode - dump.sections.constants, raw_code: dump.size - dump.sections.rawCode });
    checkEqual("qstr count", [m.qstrs.count, m.qstrs.static], [dump.qstrs.length, dump.qstrs.filter((q) => q.static).length]);
    checkEqual("qstrs added", m.qstrs.added_names, dump.qstrs.filter((q) => !q.static).map((q) => q.value));
    checkEqual("qstr RAM", m.qstrs.added_ram_bytes, m.qstrs.added_names.reduce((n, q) => n + Buffer.byteLength(q) + 1 + 4 + 2 + 1, 0));
    const fns = [];
    const walk = (rc, prefix) => {
        fns.push({ rc, qual: prefix ? prefix + "." + rc.name : rc.name });
        for (const c of rc.children || []) walk(c, prefix || rc.name !== "<module>" ? (prefix ? prefix + "." + rc.name : rc.name) : "");
    };
    walk(dump.rawCode, "");
    checkEqual("function count", m.functions.length, fns.length);
    m.functions.forEach((f, i) => {
        const rc = fns[i].rc;
        const p = rc.prelude;
        checkEqual(`function ${f.qualified_name}`, [f.qualified_name, f.fun_data_bytes, f.bytecode_bytes, f.prelude_bytes, f.names_bytes, f.line_info_bytes,
            f.cell_bytes, f.n_state, f.n_exc_stack, f.children],
        [fns[i].qual, rc.funDataLength, rc.funDataLength - p.bytecodeOffset, p.sourceInfoOffset, p.lineInfoOffset - p.sourceInfoOffset,
            p.cellsOffset - p.lineInfoOffset, p.bytecodeOffset - p.cellsOffset, p.nState, p.nExcStack, (rc.children || []).length]);
        checkEqual(`frame ${f.qualified_name}`, f.frame_bytes, 20 + 4 * p.nState + 12 * p.nExcStack);
        check(`max stack ${f.qualified_name}`, f.max_stack !== null && f.max_stack <= p.nState);
    });
    checkEqual("qualified names", m.functions.map((f) => f.qualified_name), ["<module>", "f", "C", "C.m", "C.m.<listcomp>", "g"]);
    checkEqual("definition lines", m.functions.map((f) => f.line), [null, 4, 9, 10, 11, 12]);
    check("generator frame on the heap", m.functions[5].generator && m.functions[5].frame_on_heap);
    checkEqual("constants", m.constants.by_kind.map((g) => [g.kind, g.count]),
        [["str", 1], ["bytes", 1], ["int", 1], ["float", 1], ["tuple", 1]]);
    const constBytes = m.constants.by_kind.reduce((n, g) => n + g.mpy_bytes, 0);
    checkEqual("constant bytes add up to the table", constBytes, m.sections.const_table);
    // RAM of constants on a 32-bit REPR_A target: str 16 + (22+1 -> 32); bytes 16 + 16;
    // int 16 + digits: 30 digits -> 30*8/16+1 = 16 digits * 2 bytes = 32; float 16; tuple (8+8 -> 16)
    checkEqual("constant RAM", m.constants.by_kind.map((g) => g.ram_bytes), [48, 32, 48, 16, 16]);
    checkEqual("dropped constants", m.dropped_constants.map((c) => [c.name, c.value, c.line, c.uses]),
        [["_LIMIT", "10", 1, 1], ["_NAME", "'internal'", 2, 0]]);
    const b = m.ram.breakdown;
    checkEqual("RAM: raw codes", b.raw_codes, 16 * fns.length);
    checkEqual("RAM: fun_data", b.fun_data, fns.reduce((n, f) => n + Math.ceil(f.rc.funDataLength / 16) * 16, 0));
    checkEqual("RAM: child tables", b.child_tables, fns.reduce((n, f) => n + ((f.rc.children || []).length ? Math.ceil(4 * f.rc.children.length / 16) * 16 : 0), 0));
    checkEqual("RAM: tables", b.tables, Math.ceil((Math.ceil(dump.qstrs.length * 2 / 4) + dump.constants.length) * 4 / 16) * 16);
    checkEqual("RAM total", m.ram.mpy_bytes, b.raw_codes + b.fun_data + b.child_tables + b.tables + b.qstrs + b.constants);
    checkEqual("RAM frozen", m.ram.frozen_bytes, 0);

    // every member of the report is documented in the schema
    const doc = fs.readFileSync(path.join(SCRIPT_DIR, "../../cli/size-report-schema.md"), "utf8");
    fs.writeFileSync(path.join(d, "base.json"), JSON.stringify(rep));
    const withComparison = JSON.parse(run(["size", "--format", "json", "--baseline", "base.json", "--fail-on-growth", "1%", "mod.py"], { cwd: d }).stdout);
    const keys = new Set();
    const collect = (v) => {
        if (Array.isArray(v)) v.forEach(collect);
        else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) { keys.add(k); collect(x); }
    };
    collect(withComparison);
    for (const k of keys) check(`schema documents "${k}"`, doc.includes("`" + k + "`"));

    // the same file as .mpy: the same figures, without what only the compiler knows
    r = run(["size", "--format", "json", "mod.mpy"], { cwd: d });
    const m2 = JSON.parse(r.stdout).modules[0];
    checkEqual("from .mpy: name", m2.name, "mod.py");
    checkEqual("from .mpy: same bytes", [m2.mpy_bytes, m2.ram, m2.qstrs, m2.constants], [m.mpy_bytes, m.ram, m.qstrs, m.constants]);
    checkEqual("from .mpy: no source facts", [m2.dropped_constants, m2.functions[1].line, m2.functions[1].max_stack], [null, null, null]);

    // firmware qstrs (-q) are not added
    fs.writeFileSync(path.join(d, "qstrdefs.h"), "QCFG(BYTES_IN_LEN, (1))\nQCFG(BYTES_IN_HASH, (1))\nQ(f)\nQ(C)\n");
    const m3 = JSON.parse(run(["size", "--format", "json", "-q", "qstrdefs.h", "mod.py"], { cwd: d }).stdout).modules[0];
    checkEqual("-q: firmware qstrs", [m3.qstrs.firmware, m3.qstrs.added], [2, m.qstrs.added - 2]);
    checkEqual("-q: hash bytes from QCFG", m3.qstrs.added_ram_bytes, m3.qstrs.added_names.reduce((n, q) => n + Buffer.byteLength(q) + 1 + 4 + 1 + 1, 0));

    // text and markdown carry the same numbers
    const text = run(["size", "mod.py"], { cwd: d }).stdout;
    check("text report", text.includes(`mod.py: ${m.mpy_bytes} bytes .mpy`) && text.includes(`RAM: ${m.ram.mpy_bytes} bytes when loaded from .mpy\n`)
        && text.includes(`  import: keeps ${m.import.bytes} bytes of heap (frozen: ${m.import.frozen_bytes}); qstrs +${m.qstr_growth.entries} (`)
        && /_LIMIT=10 \(line 1, 1 use\)/.test(text), text);
    const md = run(["size", "--format", "markdown", "mod.py"], { cwd: d }).stdout;
    check("markdown report", md.startsWith("### mpyc size report\n") && md.includes(`| .mpy bytes | ${m.mpy_bytes} |`) && md.includes("| `mod.py` |"), md);
    // folders: .py and .mpy below them
    fs.mkdirSync(path.join(d, "tree/sub"), { recursive: true });
    fs.copyFileSync(path.join(d, "mod.mpy"), path.join(d, "tree/sub/m.mpy"));
    fs.writeFileSync(path.join(d, "tree/a.py"), "A = 1\n");
    const t = JSON.parse(run(["size", "--format", "json", "tree"], { cwd: d }).stdout);
    checkEqual("folder inputs", t.modules.map((x) => x.name), ["a.py", "sub/m.py"]);
    checkEqual("totals", t.totals.mpy_bytes, t.modules.reduce((n, x) => n + x.mpy_bytes, 0));
    // a module that does not compile is an error, not a report
    fs.writeFileSync(path.join(d, "bad.py"), "def (\n");
    r = run(["size", "bad.py"], { cwd: d });
    check("size of a bad module", r.code === 1 && /bad\.py:1:5: error/.test(r.stderr), r.stderr);
});

test("build --report: the same report whether modules were compiled now or before", () => {
    const d = tmpdir("report");
    writeTree(path.join(d, "src"), { "a.py": sizeSource, "b.py": "_Z = const(1)\nz = _Z\n" });
    let r = run(["build", "-o", "out", "--report", "r1.json", "src"], { cwd: d });
    check("report exit", r.code === 0, r.stderr);
    r = run(["build", "-o", "out", "--report", "r2.json", "src", "-v"], { cwd: d });
    check("nothing compiled the second time", /0 compiled/.test(r.stderr), r.stderr);
    const r1 = fs.readFileSync(path.join(d, "r1.json"), "utf8");
    check("reports identical", r1 === fs.readFileSync(path.join(d, "r2.json"), "utf8"));
    const s = JSON.parse(run(["size", "--format", "json", "--base", "src", "src/a.py", "src/b.py"], { cwd: d }).stdout);
    const b = JSON.parse(r1);
    checkEqual("build --report equals mpyc size", b.modules.map((m) => [m.name, m.mpy_bytes, m.functions, m.dropped_constants, m.ram]),
        s.modules.map((m) => [m.name, m.mpy_bytes, m.functions, m.dropped_constants, m.ram]));
    r = run(["build", "-o", "out", "--report", "r.md", "src"], { cwd: d });
    check("report format from the extension", fs.readFileSync(path.join(d, "r.md"), "utf8").startsWith("### mpyc size report"));
});

test("gate: --baseline/--fail-on-growth exit codes and what grew", () => {
    const d = tmpdir("gate");
    writeTree(path.join(d, "src"), { "a.py": "def a():\n    return 1\n", "b.py": "def b():\n    return 2\n", "c.py": "C = 'c' * 3\n" });
    let r = run(["size", "-o", "base.json", "src"], { cwd: d });
    check("baseline written", r.code === 0 && JSON.parse(fs.readFileSync(path.join(d, "base.json"), "utf8")).schema_version === 1, r.stderr);
    r = run(["size", "--baseline", "base.json", "--fail-on-growth", "1%", "src"], { cwd: d });
    check("unchanged: exit 0", r.code === 0 && /3 modules unchanged/.test(r.stdout), r.stdout + r.stderr);

    // a grows a lot, b a little, c shrinks, d is new
    writeTree(path.join(d, "src"), {
        "a.py": "def a():\n    return [i * i for i in range(100) if i % 3]\n\ndef a2(x, y, z):\n    return x + y + z\n",
        "b.py": "def b():\n    return 2 + x\n",
        "c.py": "C = 1\n",
        "d.py": "D = 4\n",
    });
    r = run(["size", "--baseline", "base.json", "--fail-on-growth", "1%", "src"], { cwd: d });
    check("growth over 1%: exit 2", r.code === 2, `exit ${r.code} ${r.stderr}`);
    check("gate failure explained on stderr", /size gate failed .*\n  limit 1% on the total:\n    total: \d+ -> \d+ \(\+\d+, \+[\d.]+%\)/.test(r.stderr), r.stderr);
    check("the verdict is the report's first line", /^size gate FAILED against base.json/.test(r.stdout), r.stdout.slice(0, 200));
    const lines = r.stdout.split("\n").filter((l) => /^\s+[a-d]\.py /.test(l)).map((l) => l.trim().split(/\s+/)[0]);
    checkEqual("sorted by growth: grew first, shrank last", lines, ["a.py", "d.py", "b.py", "c.py"]);
    // a baseline made with other options is refused, naming them
    run(["size", "-O3", "-msmall-int-bits=16", "--format", "json", "-o", "base-o3.json", "src"], { cwd: d });
    r = run(["size", "--baseline", "base-o3.json", "--fail-on-growth", "1%", "src"], { cwd: d });
    check("baseline with other options: exit 1, naming them", r.code === 1 && /other compiler options \(opt 3 there, 0 here, small_int_bits 16 there, 31 here\)/.test(r.stderr), `exit ${r.code} ${r.stderr}`);
    const recorded = JSON.parse(fs.readFileSync(path.join(d, "base-o3.json"), "utf8")).options;
    check("the options are recorded", recorded && recorded.opt === "3" && recorded.small_int_bits === "16" && recorded.arch === "none", JSON.stringify(recorded));
    r = run(["size", "--baseline", "base.json", "--fail-on-growth", "1000%", "src"], { cwd: d });
    check("under the limit: exit 0", r.code === 0, r.stderr);
    r = run(["size", "--baseline", "base.json", "--fail-on-growth", "module:10B", "--format", "json", "src"], { cwd: d });
    const cmp = JSON.parse(r.stdout).comparison;
    check("per-module bytes: exit 2", r.code === 2);
    checkEqual("per-module offenders", cmp.limits[0].offenders, ["a.py", "d.py"]);
    checkEqual("statuses", cmp.changed.map((x) => [x.name, x.status]), [["a.py", "grew"], ["d.py", "added"], ["b.py", "grew"], ["c.py", "shrank"]]);
    r = run(["size", "--baseline", "base.json", "--fail-on-growth", "module:1000B", "--fail-on-growth", "total:100000B", "src"], { cwd: d });
    check("bytes limits not reached: exit 0", r.code === 0, r.stderr);
    r = run(["size", "--baseline", "base.json", "--fail-on-growth", "1%", "--format", "markdown", "src"], { cwd: d });
    check("markdown gate", r.code === 2 && r.stdout.includes("**Size gate failed.**") && r.stdout.includes("| a.py | 34 | 121 | +87 | +255.88% |"), r.stdout);
    // shrinking passes
    writeTree(path.join(d, "small"), { "a.py": "def a():\n    return 1\n", "b.py": "def b():\n    return 2\n", "c.py": "C = 1\n" });
    r = run(["size", "--baseline", "base.json", "--fail-on-growth", "0%", "small"], { cwd: d });
    check("shrinking: exit 0", r.code === 0, r.stdout + r.stderr);
    // other metrics
    r = run(["size", "--baseline", "base.json", "--fail-on-growth", "1%", "--metric", "ram", "--format", "json", "src"], { cwd: d });
    check("--metric ram", r.code === 2 && JSON.parse(r.stdout).comparison.metric === "ram_bytes");
    // build --report with the gate
    r = run(["build", "-o", "out", "--report", "new.json", "--baseline", "base.json", "--fail-on-growth", "1%", "src"], { cwd: d });
    check("build gate: exit 2, outputs written", r.code === 2 && fs.existsSync(path.join(d, "out/a.mpy")) && fs.existsSync(path.join(d, "new.json")), r.stderr);
    // errors are exit 1, not 2
    check("bad limit: exit 1", run(["size", "--baseline", "base.json", "--fail-on-growth", "lots", "src"], { cwd: d }).code === 1);
    check("missing baseline: exit 1", run(["size", "--baseline", "nope.json", "--fail-on-growth", "1%", "src"], { cwd: d }).code === 1);
    fs.writeFileSync(path.join(d, "future.json"), JSON.stringify({ schema: "mpyc-size-report", schema_version: 99, modules: [], totals: {} }));
    const fut = run(["size", "--baseline", "future.json", "--fail-on-growth", "1%", "src"], { cwd: d });
    check("unknown schema version: exit 1", fut.code === 1 && /schema version 99/.test(fut.stderr), fut.stderr);
    check("limit without baseline: exit 1", run(["size", "--fail-on-growth", "1%", "src"], { cwd: d }).code === 1);
});

test("gate: the GitHub Actions sample's limits gate on RAM", () => {
    const yml = fs.readFileSync(path.join(ROOT, "samples/github-actions/size-gate.yml"), "utf8");
    const m = /^  SIZE_LIMITS: >-\n((?:    .*\n)+)/m.exec(yml);
    check("the sample has SIZE_LIMITS", !!m, yml.slice(0, 200));
    if (!m) return;
    const limits = m[1].trim().split(/\s+/);
    check("the sample gates the import figure and has budgets", limits.includes("--max-ram") && limits.some((l) => l.startsWith("import:")), limits.join(" "));
    const d = tmpdir("gate-sample");
    writeTree(path.join(d, "src"), { "a.py": "def a():\n    return 1\n" });
    run(["size", "src", "-o", "base.json"], { cwd: d });
    let r = run(["size", "src", "--baseline", "base.json", ...limits], { cwd: d });
    check("sample limits, unchanged code: exit 0", r.code === 0, r.stderr);
    // a module of many classes: its file grows little per class, the RAM its import keeps a lot
    let big = "";
    for (let i = 0; i < 12; i++) big += `class C${i}:\n    def m(self):\n        return ${i}\n`;
    writeTree(path.join(d, "src"), { "a.py": "def a():\n    return 1\n" + big });
    r = run(["size", "src", "--baseline", "base.json", ...limits], { cwd: d });
    check("sample limits, an import keeping more RAM: exit 2 naming the import limit", r.code === 2 && /limit import:module:256B per module:\n    a\.py: \d+ -> \d+/.test(r.stderr), r.stderr);
});

test("gate: each figure, and RAM budgets", () => {
    const d = tmpdir("gate-figures");
    writeTree(path.join(d, "src"), { "a.py": "def a():\n    return 1\n", "b.py": "B = 2\n" });
    let r = run(["size", "-o", "base.json", "src"], { cwd: d });
    const base = JSON.parse(fs.readFileSync(path.join(d, "base.json"), "utf8"));
    const a0 = base.modules.find((m) => m.name === "a.py");
    // a gains a class with a method: the import figure grows more than the file
    writeTree(path.join(d, "src"), { "a.py": "def a():\n    return 1\n\nclass K:\n    def m(self):\n        return 2\n" });
    r = run(["size", "--format", "json", "--baseline", "base.json", "--fail-on-growth", "import:module:100B",
        "--fail-on-growth", "qstrs:total:1000B", "--fail-on-growth", "load:200%", "src"], { cwd: d });
    const rep = JSON.parse(r.stdout);
    const a1 = rep.modules.find((m) => m.name === "a.py");
    check("import figure grew: exit 2", r.code === 2, r.stderr);
    checkEqual("each limit compares its own figure", rep.comparison.limits.map((l) => [l.metric, l.exceeded]),
        [["import_bytes", a1.import.bytes - a0.import.bytes > 100], ["qstr_ram_bytes", false],
         ["load_bytes", a1.load.bytes + 1000 - 1000 > 3 * (a0.load.bytes + base.modules.find((m) => m.name === "b.py").load.bytes)]]);
    check("the offender is named with its import figures", r.stderr.includes(`a.py: ${a0.import.bytes} -> ${a1.import.bytes}`), r.stderr);
    r = run(["size", "--baseline", "base.json", "--fail-on-growth", "import:module:100000B", "src"], { cwd: d });
    check("import limit not reached: exit 0", r.code === 0, r.stderr);
    r = run(["size", "--baseline", "base.json", "--fail-on-growth", "volume:1%", "src"], { cwd: d });
    check("unknown figure: exit 1, names the figures", r.code === 1 && r.stderr.includes("import or qstrs"), r.stderr);
    // budgets: no baseline needed
    const total = rep.totals.import_bytes;
    r = run(["size", "--max-ram", `${total}`, "src"], { cwd: d });
    check("--max-ram at the total: exit 0", r.code === 0, r.stderr);
    r = run(["size", "--max-ram", `${total - 1}`, "src"], { cwd: d });
    check("--max-ram under the total: exit 2, says so", r.code === 2 && r.stderr.includes(`in total (${total - 1} bytes) exceeded: total: ${total} bytes`), r.stderr);
    r = run(["size", "--max-ram", `module:${a1.import.bytes - 1}`, "src"], { cwd: d });
    check("--max-ram per module: exit 2, names the module", r.code === 2 && r.stderr.includes(`a.py: ${a1.import.bytes} bytes`) && !r.stderr.includes("b.py"), r.stderr);
    r = run(["size", "--max-ram", "1K", "--max-ram", "module:1k", "src"], { cwd: d });
    check("--max-ram in K", r.code === (total > 1024 ? 2 : 0), r.stderr);
    check("--max-ram bad: exit 1", run(["size", "--max-ram", "lots", "src"], { cwd: d }).code === 1);
    // a module whose top level runs code says so, and a budget counts its load figure
    writeTree(path.join(d, "dyn"), { "p.py": "for i in range(3):\n    print(i)\n" });
    r = run(["size", "--format", "json", "dyn"], { cwd: d });
    const p = JSON.parse(r.stdout).modules[0];
    check("no figure for a top-level loop, with the reason and line", p.import.applies === false && p.import.bytes === null &&
        p.import.reason === "a loop at the top level" && p.import.line >= 1, JSON.stringify(p.import));
    r = run(["size", "dyn"], { cwd: d });
    check("text says there is no figure", r.stdout.includes("import: no figure, "), r.stdout);
    // 64-bit: words and blocks double
    r = run(["size", "--format", "json", "--word-size", "8", "src"], { cwd: d });
    const w8 = JSON.parse(r.stdout);
    check("--word-size 8: target recorded", w8.target.word_bytes === 8 && w8.target.gc_block_bytes === 32 && w8.target.small_int_bits === 63, JSON.stringify(w8.target));
    check("--word-size 8: larger figures", w8.totals.import_bytes > total, `${w8.totals.import_bytes} vs ${total}`);
    check("--word-size 3: exit 1", run(["size", "--word-size", "3", "src"], { cwd: d }).code === 1);
    // build --report takes the same target options and budgets
    r = run(["build", "-o", "out", "--report", "b.json", "--word-size", "8", "--max-ram", "module:1", "src"], { cwd: d });
    check("build --report --max-ram: exit 2, outputs written", r.code === 2 && fs.existsSync(path.join(d, "out/a.mpy")) && r.stderr.includes("RAM budget module:1 per module"), r.stderr);
    check("build --report --word-size 8", JSON.parse(fs.readFileSync(path.join(d, "b.json"), "utf8")).target.word_bytes === 8);
    check("build --max-ram without --report: exit 1", run(["build", "-o", "out", "--max-ram", "1", "src"], { cwd: d }).code === 1);
});

test("size: const() candidates, with the RAM a private const() saves", () => {
    const d = tmpdir("const-candidates");
    writeTree(path.join(d, "src"), { "e.py": "EPERM = 1\nENOENT = 2\nTWICE = 1\nTWICE = 2\n" });
    const rep = JSON.parse(run(["size", "--format", "json", "src"], { cwd: d }).stdout);
    const c = rep.modules[0].const_candidates;
    checkEqual("the candidates, assigned once", c.map((x) => [x.name, x.value, x.line]), [["EPERM", "1", 1], ["ENOENT", "2", 2]]);
    // its qstr (chars, NUL, pointer, 2-byte hash, length) and its dict slot (two words)
    checkEqual("RAM saved as private const()", c.map((x) => x.ram_saved_bytes), [5 + 1 + 4 + 2 + 1 + 8, 6 + 1 + 4 + 2 + 1 + 8]);
    const text = run(["size", "src"], { cwd: d }).stdout;
    check("text: one line", text.includes("could be const(): 2 module-level ints (EPERM, ENOENT); as private _NAME = const() 43 bytes of RAM less"), text);
});

let selected = tests.filter((t) => !FILTER || t.name.includes(FILTER));
for (const t of selected) {
    try {
        t.fn();
    } catch (e) {
        failed++;
        console.log(`FAIL ${t.name}: ${e.stack}`);
    }
}
fs.rmSync(tmpRoot, { recursive: true, force: true });
console.log(`build tests: ${passed} passed, ${failed} failed (${selected.length} groups)`);
process.exit(failed ? 1 : 0);
