#!/usr/bin/env node
// run-golden.mjs: the golden test of mpyc against MicroPython v1.28.0's mpy-cross.
//
// Usage:
//   node tests/vm/run-golden.mjs --compiler PATH [--golden DIR] [--expected-pass FILE]
//        [--filter SUBSTR] [--no-vm] [--jobs N] [--timeout MS] [--write-expected-pass]
//        [--verbose] [--keep-temp]
//
//   --compiler PATH        the compiler under test (e.g. BUILD_DIR/mpy-cross); required
//   --golden DIR           the corpus (default: tests/golden of this checkout)
//   --expected-pass FILE   entries that must pass (default: tests/golden-expected-pass.txt)
//   --filter SUBSTR        only programs whose "CATEGORY/NAME" contains SUBSTR (repeatable: any)
//   --no-vm                bytes and errors only; the WebAssembly VM is not needed then
//   --jobs N               parallel compiler processes and VM worker threads (default: cores)
//   --timeout MS           per VM run; a run past it counts as a failure (default 10000)
//   --write-expected-pass  print a new expected-pass list to stdout (see below)
//   --verbose              details for every failure (default: the first 20 and all regressions)
//   --keep-temp            keep the temporary folder with our .mpy files (its path is printed)
//
// What it checks (see tests/golden/README.md for how the corpus was made):
//   features/, random/  for each NAME.py and LEVEL in O0, O3:
//     "CAT/NAME LEVEL bytes"  compile a copy of NAME.py in a fresh temporary folder (the working
//                             directory) as `COMPILER [-O3] -o NAME.LEVEL.mpy -s NAME.py NAME.py`;
//                             the output must equal the golden NAME.LEVEL.mpy byte for byte. On a
//                             mismatch the first differing offset is shown and, when
//                             `COMPILER dump FILE.mpy` works (exit 0, some output) for both files,
//                             the first differing line of the two disassemblies (when COMPILER is
//                             named mpy-cross and has a sibling `mpyc`, that one is asked to dump).
//     "CAT/NAME LEVEL vm"     our .mpy and the golden .mpy each run in a fresh WebAssembly
//                             MicroPython VM (tests/vm/vm.mjs); what they print (stdout, stderr,
//                             uncaught exception, exit code) must be the same.
//   errors/  for each NAME.py:
//     "errors/NAME err"       `mpy-cross -o NAME.mpy -s NAME.py NAME.py` in a fresh temporary
//                             folder, the compiler invoked through a path whose last component is
//                             `mpy-cross` (a symlink is made when --compiler has another name), so
//                             its default error format is mpy-cross's: exit code = NAME.rc, no file
//                             written, stderr = NAME.err exactly.
//
// Informational only (never a failure): where the golden .mpy run in the WebAssembly VM (32-bit,
// v1.27.0) prints something other than the unix port's NAME.out / NAME.O3.out (64-bit, v1.28.0);
// known for all programs whose .mpy we compiled (the golden one runs only when ours exists).
//
// Exit status: 0 when every entry of the expected-pass list passed (other failures are reported
// but tolerated), 1 when an entry of the list failed, 2 for usage or harness errors (no compiler,
// unreadable list, VM package not installed, ...). The format of the list is documented at the
// top of tests/golden-expected-pass.txt. --write-expected-pass prints (to stdout; the report then
// goes to stderr) a complete list file naming everything that passed in this run, plus the
// entries of the current list that this run did not check (--filter, --no-vm).

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(SCRIPT_DIR, "..", "..");
const LEVELS = ["O0", "O3"];
const PROGRAM_CATS = ["features", "random"];
const COMPILE_TIMEOUT_MS = 60000;
const DETAIL_LIMIT = 20; // failures shown with details unless --verbose

const EXPECTED_PASS_HEADER = `# Golden-test entries that must pass (tests/vm/run-golden.mjs fails only if one of these fails).
#
# Format: one entry per line; blank lines and everything from a '#' on are ignored; fields are
# separated by spaces or tabs.
#   features/NAME O0 bytes   our -O0 .mpy of features/NAME.py equals NAME.O0.mpy byte for byte
#   features/NAME O0 vm      our -O0 .mpy prints the same as NAME.O0.mpy in the WebAssembly VM
#   features/NAME O3 bytes   the same at -O3 (NAME.O3.mpy)
#   features/NAME O3 vm
#   random/gNNN   O0 bytes   (and O0 vm, O3 bytes, O3 vm) the same for random/
#   errors/NAME   err        errors/NAME.py is rejected: exit code NAME.rc, no output file,
#                            stderr equal to NAME.err
# An entry naming a program that is not in the corpus is an error (exit 2). Entries not checked in
# a run (--filter, --no-vm) are ignored. To grow the list, print everything that passes now:
#   node tests/vm/run-golden.mjs --compiler BUILD_DIR/mpy-cross --write-expected-pass > new.txt
# check the difference, then move new.txt over this file.
`;

// ---------------------------------------------------------------------------------------------
// Command line.

function usage(msg) {
    if (msg) process.stderr.write(`run-golden: ${msg}\n`);
    process.stderr.write(
        "usage: node tests/vm/run-golden.mjs --compiler PATH [--golden DIR] [--expected-pass FILE]\n" +
            "       [--filter SUBSTR] [--no-vm] [--jobs N] [--timeout MS] [--write-expected-pass]\n" +
            "       [--verbose] [--keep-temp]\n",
    );
    process.exit(2);
}

function parseArgs(argv) {
    const opts = {
        compiler: null,
        golden: path.join(REPO_ROOT, "tests", "golden"),
        expectedPass: null,
        filters: [],
        vm: true,
        jobs: os.availableParallelism ? os.availableParallelism() : os.cpus().length,
        timeoutMs: 10000,
        writeExpectedPass: false,
        verbose: false,
        keepTemp: false,
    };
    for (let i = 0; i < argv.length; i++) {
        let a = argv[i];
        let value = null;
        const eq = a.indexOf("=");
        if (a.startsWith("--") && eq > 0) {
            value = a.slice(eq + 1);
            a = a.slice(0, eq);
        }
        const next = () => {
            if (value !== null) return value;
            if (i + 1 >= argv.length) usage(`${a} needs a value`);
            return argv[++i];
        };
        switch (a) {
            case "--compiler": opts.compiler = next(); break;
            case "--golden": opts.golden = next(); break;
            case "--expected-pass": opts.expectedPass = next(); break;
            case "--filter": opts.filters.push(next()); break;
            case "--no-vm": opts.vm = false; break;
            case "--jobs": case "-j": {
                const n = Number(next());
                if (!Number.isInteger(n) || n < 1) usage("--jobs needs a positive integer");
                opts.jobs = n;
                break;
            }
            case "--timeout": {
                const n = Number(next());
                if (!(n > 0)) usage("--timeout needs a positive number of milliseconds");
                opts.timeoutMs = n;
                break;
            }
            case "--write-expected-pass": opts.writeExpectedPass = true; break;
            case "--verbose": case "-v": opts.verbose = true; break;
            case "--keep-temp": opts.keepTemp = true; break;
            case "--help": case "-h": usage(); break;
            default: usage(`unknown argument: ${argv[i]}`);
        }
    }
    if (!opts.compiler) usage("--compiler PATH is required");
    if (opts.expectedPass === null) {
        const def = path.join(REPO_ROOT, "tests", "golden-expected-pass.txt");
        if (fs.existsSync(def)) opts.expectedPass = def;
    }
    return opts;
}

// ---------------------------------------------------------------------------------------------
// Small helpers.

class Limiter {
    constructor(n) {
        this.n = n;
        this.active = 0;
        this.waiting = [];
    }
    async run(fn) {
        if (this.active >= this.n) await new Promise((r) => this.waiting.push(r));
        this.active++;
        try {
            return await fn();
        } finally {
            this.active--;
            const next = this.waiting.shift();
            if (next) next();
        }
    }
}

// Run a process; resolves to { code, signal, stdout: Buffer, stderr: Buffer, error }.
function runProcess(file, args, cwd, timeoutMs = COMPILE_TIMEOUT_MS) {
    return new Promise((resolve) => {
        let child;
        try {
            child = spawn(file, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
        } catch (error) {
            resolve({ code: null, signal: null, stdout: Buffer.alloc(0), stderr: Buffer.alloc(0), error });
            return;
        }
        const out = [];
        const err = [];
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill("SIGKILL");
        }, timeoutMs);
        child.stdout.on("data", (d) => out.push(d));
        child.stderr.on("data", (d) => err.push(d));
        let spawnError = null;
        child.on("error", (e) => { spawnError = e; });
        child.on("close", (code, signal) => {
            clearTimeout(timer);
            resolve({
                code,
                signal,
                stdout: Buffer.concat(out),
                stderr: Buffer.concat(err),
                error: spawnError || (timedOut ? new Error(`timed out after ${timeoutMs} ms`) : null),
            });
        });
    });
}

function describeExit(r) {
    if (r.error) return r.error.message;
    if (r.signal) return `killed by ${r.signal}`;
    return `exit code ${r.code}`;
}

function firstLine(buf) {
    const s = buf.toString("utf8").trim();
    if (!s) return "";
    const lines = s.split("\n");
    return lines[lines.length - 1].slice(0, 200); // the last line says what went wrong
}

function quote(s) {
    return JSON.stringify(s.length > 160 ? s.slice(0, 160) + "..." : s);
}

function hex(n) {
    return "0x" + n.toString(16);
}

function firstDifferingLine(a, b) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
        if (a[i] !== b[i]) return i;
    }
    return -1;
}

function toLines(text) {
    const lines = text.split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    return lines;
}

// ---------------------------------------------------------------------------------------------
// The corpus.

function listPrograms(golden, cat, filters) {
    const dir = path.join(golden, cat);
    if (!fs.existsSync(dir)) return [];
    return fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".py"))
        .map((f) => f.slice(0, -3))
        .sort()
        .filter((name) => filters.length === 0 || filters.some((s) => `${cat}/${name}`.includes(s)))
        .map((name) => ({ cat, name, dir, id: `${cat}/${name}` }));
}

function allProgramIds(golden) {
    const ids = new Set();
    for (const cat of [...PROGRAM_CATS, "errors"]) {
        for (const p of listPrograms(golden, cat, [])) ids.add(p.id);
    }
    return ids;
}

// Parses the expected-pass list; returns a Set of normalised keys ("cat/name LEVEL kind").
function readExpectedPass(file, golden) {
    let text;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (e) {
        throw new Error(`cannot read the expected-pass list ${file}: ${e.message}`);
    }
    const ids = allProgramIds(golden);
    const keys = new Set();
    const problems = [];
    text.split("\n").forEach((raw, i) => {
        const line = raw.replace(/#.*$/, "").trim();
        if (!line) return;
        const f = line.split(/\s+/);
        const where = `${file}:${i + 1}`;
        let key = null;
        if (f.length === 3 && /^(features|random)\/[^/\s]+$/.test(f[0]) && LEVELS.includes(f[1]) && (f[2] === "bytes" || f[2] === "vm")) {
            key = f.join(" ");
        } else if (f.length === 2 && /^errors\/[^/\s]+$/.test(f[0]) && f[1] === "err") {
            key = f.join(" ");
        } else {
            problems.push(`${where}: not an entry: ${quote(raw)} (expected "features|random/NAME O0|O3 bytes|vm" or "errors/NAME err")`);
            return;
        }
        if (!ids.has(f[0])) problems.push(`${where}: no such program in ${golden}: ${f[0]}`);
        keys.add(key);
    });
    if (problems.length) throw new Error(problems.join("\n"));
    return keys;
}

// ---------------------------------------------------------------------------------------------
// Main.

async function main() {
    const opts = parseArgs(process.argv.slice(2));
    const startTime = performance.now();
    const log = opts.writeExpectedPass ? (s) => process.stderr.write(s + "\n") : (s) => process.stdout.write(s + "\n");

    opts.golden = path.resolve(opts.golden);
    if (!fs.existsSync(path.join(opts.golden, "features")) && !fs.existsSync(path.join(opts.golden, "errors"))) {
        usage(`no golden corpus at ${opts.golden}`);
    }
    const compiler = path.resolve(opts.compiler);
    try {
        fs.accessSync(compiler, fs.constants.X_OK);
        if (!fs.statSync(compiler).isFile()) throw new Error("not a file");
    } catch (e) {
        process.stderr.write(`run-golden: the compiler ${compiler} is not an executable file (${e.code || e.message}); build it first\n`);
        process.exit(2);
    }

    let expected = new Set();
    if (opts.expectedPass) {
        try {
            expected = readExpectedPass(path.resolve(opts.expectedPass), opts.golden);
        } catch (e) {
            process.stderr.write(`run-golden: ${e.message}\n`);
            process.exit(2);
        }
    }

    let vmLib = null;
    let pool = null;
    if (opts.vm) {
        vmLib = await import("./vm.mjs");
        try {
            vmLib.checkVmPackage();
        } catch (e) {
            process.stderr.write(`run-golden: ${e.message}\n`);
            process.exit(2);
        }
        pool = new vmLib.VmPool({ size: opts.jobs, timeoutMs: opts.timeoutMs });
    }

    const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "mpyc-golden-"));
    if (opts.keepTemp) log(`golden: temporary files kept in ${tmpRoot}`);
    const cleanup = () => {
        if (pool) pool.close();
        if (!opts.keepTemp) fs.rmSync(tmpRoot, { recursive: true, force: true });
    };
    process.on("SIGINT", () => { cleanup(); process.exit(130); });
    process.on("SIGTERM", () => { cleanup(); process.exit(143); });

    // The errors/ checks need the compiler under the name mpy-cross.
    let asMpyCross = compiler;
    if (path.basename(compiler) !== "mpy-cross") {
        fs.mkdirSync(path.join(tmpRoot, "bin"));
        asMpyCross = path.join(tmpRoot, "bin", "mpy-cross");
        fs.symlinkSync(compiler, asMpyCross);
    }

    const limiter = new Limiter(opts.jobs);
    const results = new Map(); // key -> { ok, detail, extra: [] }
    const notes = []; // golden .mpy in the VM vs the unix port's .out
    let harnessError = null;

    const programs = PROGRAM_CATS.flatMap((c) => listPrograms(opts.golden, c, opts.filters));
    const errorPrograms = listPrograms(opts.golden, "errors", opts.filters);

    log(
        `golden: compiler ${compiler}${asMpyCross !== compiler ? ` (errors/ through ${asMpyCross})` : ""}\n` +
            `golden: corpus ${opts.golden}: ${programs.length} programs, ${errorPrograms.length} error programs; ` +
            `jobs ${opts.jobs}; VM ${opts.vm ? "on" : "off"}${opts.filters.length ? `; filter ${opts.filters.map(quote).join(", ")}` : ""}`,
    );

    const vmRun = (bytes, name) =>
        pool.run(bytes, name).catch((e) => {
            harnessError = harnessError || e.message;
            return { output: [], exception: `harness: ${e.message}`, exitCode: null, timedOut: false };
        });

    // Disassembly of one .mpy, or null when `COMPILER dump` does not work. Under the name
    // mpy-cross the program may take `dump` for a file name: prefer a sibling `mpyc`.
    const sibling = path.join(path.dirname(compiler), "mpyc");
    const dumper = path.basename(compiler) === "mpy-cross" && fs.existsSync(sibling) ? sibling : compiler;
    async function dumpOf(file) {
        const r = await limiter.run(() => runProcess(dumper, ["dump", path.basename(file)], path.dirname(file)));
        if (r.error || r.code !== 0 || r.stdout.length === 0) return null;
        return toLines(r.stdout.toString("utf8"));
    }

    async function checkProgram(p) {
        const work = path.join(tmpRoot, p.cat, p.name);
        fs.mkdirSync(work, { recursive: true });
        fs.copyFileSync(path.join(p.dir, `${p.name}.py`), path.join(work, `${p.name}.py`));
        const tasks = [];
        for (const level of LEVELS) {
            const goldenFile = path.join(p.dir, `${p.name}.${level}.mpy`);
            const refBytesP = fs.promises.readFile(goldenFile);
            const compileP = limiter.run(() => {
                const args = level === "O3" ? ["-O3"] : [];
                args.push("-o", `${p.name}.${level}.mpy`, "-s", `${p.name}.py`, `${p.name}.py`);
                return runProcess(compiler, args, work);
            });
            tasks.push(
                (async () => {
                    const r = await compileP;
                    const outFile = path.join(work, `${p.name}.${level}.mpy`);
                    const refBytes = await refBytesP;
                    let ours = null;
                    const bytesKey = `${p.id} ${level} bytes`;
                    if (r.error || r.code !== 0) {
                        const why = firstLine(r.stderr);
                        results.set(bytesKey, { ok: false, detail: `compiler failed (${describeExit(r)})${why ? `: ${why}` : ""}` });
                    } else if (!fs.existsSync(outFile)) {
                        results.set(bytesKey, { ok: false, detail: "compiler exited 0 but wrote no output file" });
                    } else {
                        ours = fs.readFileSync(outFile);
                        if (ours.equals(refBytes)) {
                            results.set(bytesKey, { ok: true });
                        } else {
                            let off = 0;
                            const n = Math.min(ours.length, refBytes.length);
                            while (off < n && ours[off] === refBytes[off]) off++;
                            const at = (b) => (off < b.length ? hex(b[off]).padStart(4, " ") : "end");
                            const res = {
                                ok: false,
                                detail: `first difference at offset ${off} (${hex(off)}): ours ${at(ours)}, golden ${at(refBytes)}; sizes ${ours.length} vs ${refBytes.length}`,
                                extra: [],
                            };
                            results.set(bytesKey, res);
                            // Disassemble both under the same relative name so headers match.
                            const refDir = path.join(work, `golden-${level}`);
                            fs.mkdirSync(refDir);
                            fs.writeFileSync(path.join(refDir, `${p.name}.${level}.mpy`), refBytes);
                            const [da, db] = await Promise.all([dumpOf(outFile), dumpOf(path.join(refDir, `${p.name}.${level}.mpy`))]);
                            if (da && db) {
                                const i = firstDifferingLine(da, db);
                                if (i >= 0) {
                                    res.extra.push(`dump line ${i + 1}: ours   ${quote(da[i] ?? "<end>")}`);
                                    res.extra.push(`dump line ${i + 1}: golden ${quote(db[i] ?? "<end>")}`);
                                } else {
                                    res.extra.push("the disassemblies are identical");
                                }
                            }
                        }
                    }
                    if (!opts.vm) return;
                    const vmKey = `${p.id} ${level} vm`;
                    if (ours === null) {
                        results.set(vmKey, { ok: false, detail: "not run: no .mpy (compile failed)" });
                        return;
                    }
                    const [refRun, ourRun] = await Promise.all([vmRun(refBytes, p.name), vmRun(ours, p.name)]);
                    // Informational: golden .mpy in this VM vs the unix port's .out.
                    const outName = level === "O3" && fs.existsSync(path.join(p.dir, `${p.name}.O3.out`)) ? `${p.name}.O3.out` : `${p.name}.out`;
                    const outPath = path.join(p.dir, outName);
                    if (fs.existsSync(outPath)) {
                        const want = toLines(fs.readFileSync(outPath, "utf8"));
                        const got = toLines(vmLib.formatOut(refRun));
                        const i = firstDifferingLine(got, want);
                        if (i >= 0) {
                            notes.push({
                                key: `${p.id} ${level}`,
                                text: `line ${i + 1}: VM ${quote(got[i] ?? "<end>")}, ${outName} ${quote(want[i] ?? "<end>")}`,
                            });
                        }
                    }
                    if (refRun.timedOut || refRun.exitCode === null) {
                        results.set(vmKey, { ok: false, detail: `the golden .mpy itself did not finish in the VM: ${String(refRun.exception).split("\n")[0]}` });
                        return;
                    }
                    if (vmLib.sameBehaviour(ourRun, refRun)) {
                        results.set(vmKey, { ok: true });
                    } else if (ourRun.timedOut || ourRun.exitCode === null) {
                        results.set(vmKey, { ok: false, detail: String(ourRun.exception).split("\n")[0] });
                    } else {
                        const a = toLines(vmLib.formatOut(ourRun));
                        const b = toLines(vmLib.formatOut(refRun));
                        const i = firstDifferingLine(a, b);
                        const extra = [];
                        const lastLine = (e) => toLines(e).pop() ?? "";
                        if (ourRun.exception) extra.push(`ours raised:   ${quote(lastLine(ourRun.exception))}`);
                        if (refRun.exception) extra.push(`golden raised: ${quote(lastLine(refRun.exception))}`);
                        results.set(vmKey, {
                            ok: false,
                            detail: `output differs at line ${i + 1}: ours ${quote(a[i] ?? "<end>")}, golden ${quote(b[i] ?? "<end>")}`,
                            extra,
                        });
                    }
                })(),
            );
        }
        await Promise.all(tasks);
    }

    async function checkError(p) {
        const work = path.join(tmpRoot, p.cat, p.name);
        fs.mkdirSync(work, { recursive: true });
        fs.copyFileSync(path.join(p.dir, `${p.name}.py`), path.join(work, `${p.name}.py`));
        const wantErr = fs.readFileSync(path.join(p.dir, `${p.name}.err`));
        const wantRc = Number(fs.readFileSync(path.join(p.dir, `${p.name}.rc`), "utf8").trim());
        const r = await limiter.run(() => runProcess(asMpyCross, ["-o", `${p.name}.mpy`, "-s", `${p.name}.py`, `${p.name}.py`], work));
        const key = `${p.id} err`;
        const problems = [];
        const extra = [];
        if (r.error || r.signal) problems.push(describeExit(r));
        else if (r.code !== wantRc) problems.push(`exit code ${r.code}, expected ${wantRc}`);
        const written = fs.readdirSync(work).filter((f) => f !== `${p.name}.py`);
        if (written.length) problems.push(`wrote ${written.join(", ")}`);
        if (!r.stderr.equals(wantErr)) {
            const a = toLines(r.stderr.toString("utf8"));
            const b = toLines(wantErr.toString("utf8"));
            const i = firstDifferingLine(a, b);
            problems.push(i >= 0 ? `stderr differs at line ${i + 1}` : "stderr differs (line endings)");
            if (i >= 0) {
                extra.push(`ours:   ${quote(a[i] ?? "<end>")}`);
                extra.push(`golden: ${quote(b[i] ?? "<end>")}`);
            }
        }
        if (r.stdout.length) extra.push(`(stdout: ${quote(r.stdout.toString("utf8"))})`);
        results.set(key, problems.length ? { ok: false, detail: problems.join("; "), extra } : { ok: true });
    }

    try {
        await Promise.all([...programs.map(checkProgram), ...errorPrograms.map(checkError)]);
    } finally {
        cleanup();
    }
    if (harnessError) {
        process.stderr.write(`run-golden: the VM could not run: ${harnessError}\n`);
        process.exit(2);
    }

    // ------------------------------------------------------------------ report
    const keyOrder = [];
    for (const p of programs) for (const level of LEVELS) for (const kind of opts.vm ? ["bytes", "vm"] : ["bytes"]) keyOrder.push(`${p.id} ${level} ${kind}`);
    for (const p of errorPrograms) keyOrder.push(`${p.id} err`);

    const counts = new Map();
    const bump = (label, ok) => {
        const c = counts.get(label) || { pass: 0, fail: 0 };
        if (ok) c.pass++;
        else c.fail++;
        counts.set(label, c);
    };
    for (const key of keyOrder) {
        const r = results.get(key) || { ok: false, detail: "not checked (harness bug)" };
        results.set(key, r);
        const [id, level, kind] = key.split(" ");
        const cat = id.split("/")[0];
        if (cat !== "errors") bump(`${cat} ${level} ${kind}`, r.ok);
        bump(cat, r.ok);
        bump("total", r.ok);
    }
    const line = (label) => {
        const c = counts.get(label) || { pass: 0, fail: 0 };
        return `${c.pass} passed, ${c.fail} failed`;
    };

    const failed = keyOrder.filter((k) => !results.get(k).ok);
    if (failed.length) {
        // Details: every failed entry of the expected-pass list, then the first few others
        // (all of them with --verbose).
        const others = failed.filter((k) => !expected.has(k));
        const detailed = [...failed.filter((k) => expected.has(k)), ...(opts.verbose ? others : others.slice(0, DETAIL_LIMIT))];
        const byProgram = new Map();
        for (const k of failed) {
            const [id, ...rest] = k.split(" ");
            if (!byProgram.has(id)) byProgram.set(id, []);
            byProgram.get(id).push(rest.join(" ") + (expected.has(k) ? " (expected to pass)" : ""));
        }
        log(`\nfailures: ${failed.length} checks in ${byProgram.size} programs${detailed.length < failed.length ? ` (details for ${detailed.length}; --verbose shows all)` : ""}`);
        for (const k of detailed) {
            const r = results.get(k);
            log(`  ${expected.has(k) ? "FAIL (expected to pass)" : "fail"} ${k}: ${r.detail}`);
            for (const x of r.extra || []) log(`        ${x}`);
        }
        log("failed, by program:");
        for (const [id, what] of byProgram) log(`  ${id}: ${what.join(", ")}`);
    }

    if (notes.length) {
        notes.sort((a, b) => a.key.localeCompare(b.key));
        log(`\nnote: the golden .mpy in the WebAssembly VM prints other than the unix port's .out for ${notes.length} run(s) (informational, not a failure):`);
        for (const n of notes) log(`  ${n.key}: ${n.text}`);
    }

    log("");
    for (const cat of PROGRAM_CATS) {
        if (!programs.some((p) => p.cat === cat)) continue;
        for (const level of LEVELS) for (const kind of opts.vm ? ["bytes", "vm"] : ["bytes"]) log(`${cat} ${level} ${kind}: ${line(`${cat} ${level} ${kind}`)}`);
    }
    for (const cat of [...PROGRAM_CATS, "errors"]) if (counts.has(cat)) log(`${cat}: ${line(cat)}`);
    log(`total: ${line("total")}`);

    const checked = [...expected].filter((k) => results.has(k));
    const regressions = checked.filter((k) => !results.get(k).ok);
    const seconds = ((performance.now() - startTime) / 1000).toFixed(1);
    log(`time: ${seconds} s`);
    if (opts.expectedPass) {
        const skipped = expected.size - checked.length;
        log(`expected-pass list ${opts.expectedPass}: ${expected.size} entries, ${checked.length} checked${skipped ? `, ${skipped} not checked in this run` : ""}`);
        if (regressions.length) {
            log(`REGRESSION: ${regressions.length} expected-pass entr${regressions.length === 1 ? "y" : "ies"} failed:`);
            for (const k of regressions) log(`  ${k}`);
        }
    } else {
        log("no expected-pass list: failures are reported only");
    }
    log(`expected-pass: ${checked.length - regressions.length} passed, ${regressions.length} failed`);

    if (opts.writeExpectedPass) {
        // Everything that passed, plus the list's entries this run did not check (--filter,
        // --no-vm), so that a partial run does not drop them.
        const keep = new Set([...keyOrder.filter((k) => results.get(k).ok), ...[...expected].filter((k) => !results.has(k))]);
        const order = (k) => {
            const [id, level = "", kind = ""] = k.split(" ");
            return [PROGRAM_CATS.concat("errors").indexOf(id.split("/")[0]), id, level, kind === "bytes" ? 0 : 1];
        };
        const sorted = [...keep].sort((a, b) => {
            const x = order(a);
            const y = order(b);
            for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
            return 0;
        });
        process.stdout.write(EXPECTED_PASS_HEADER + "\n" + sorted.map((k) => k + "\n").join(""));
    }
    process.exit(regressions.length ? 1 : 0);
}

main().catch((e) => {
    process.stderr.write(`run-golden: ${e && e.stack ? e.stack : e}\n`);
    process.exit(2);
});
