#!/usr/bin/env node
// measure-import.mjs: `mpyc size`'s import and qstr figures against the heap and qstr pool of a
// real 32-bit MicroPython VM (the WebAssembly port from npm, tests/vm/vm.mjs).
//
//   node tests/vm/measure-import.mjs --mpyc PATH [--tolerance PCT] [--json OUT] [--table]
//        [--jobs N] [--keep-temp] [--micropython UNIX_PORT] [--definitions-of FOLDER]...
//        FILE.py|FOLDER...
//
// --runner CMD: measure on a board (or qemu) instead: CMD gets a JSON array of Python scripts on
// stdin and prints a JSON array of what each printed ({"output": TEXT} or {"error": TEXT});
// bench/ram/qemu-runner.py is one, for MicroPython's qemu firmware. The modules reach the board
// inside the script, in a RAM file system (the shape of run-tests.py --via-mpy's).
// --frozen (with --micropython): the modules are frozen into that firmware (its manifest froze
// the same sources): compare the frozen figures (`import.frozen_bytes`, `qstr_growth.frozen_*`).
// --micropython UNIX_PORT: measure in that unix port (64-bit: mpyc size --word-size 8) instead
// of the WebAssembly VM, one process per measurement, the same Python text.
//
// --definitions-of FOLDER: also every program of FOLDER reduced to the top level the model can
// follow (for the golden feature programs, which print their results as they run): its top-level
// statements (`mpyc dump --ast`), less each statement that `mpyc size` names as the reason it
// has no figure, until it has one. The reduced programs are written to the temporary folder as
// def_NAME.py; nothing in them is edited, only whole statements are left out.
//
// For every module: `mpyc compile` it, ask `mpyc size --format json` for its figures, import it
// in a fresh VM reading gc.mem_alloc() and micropython.qstr_info() around the import (after a
// collection; see measureInThisThread in vm.mjs for the protocol), and compare:
//   - where the model says the import figure applies: |predicted - measured| <= PCT% of the
//     measured heap (default 3);
//   - where it says it does not (the top level runs code): only that the module imported;
//   - for every module: the qstr growth, entries and bytes of text, exactly.
// The firmware's qstrs (what `-q` gives mpyc for a real build) are probed in the VM itself:
// the npm package ships no qstrdefs header. --table prints every module's figures; --json
// writes them. Exit 1 on a failed comparison or a module that cannot be measured.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeChecks } from "../lib/checks.mjs";
import { VmPool, checkVmPackage, measureScript, parseMeasureOutput, parseProbeOutput, probeScript } from "./vm.mjs";

const args = process.argv.slice(2);
const opts = { tolerance: 3, inputs: [], jobs: os.availableParallelism ? os.availableParallelism() : 2 };
for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--mpyc") opts.mpyc = path.resolve(args[++i]);
    else if (a === "--tolerance") opts.tolerance = Number(args[++i]);
    else if (a === "--json") opts.json = args[++i];
    else if (a === "--jobs") opts.jobs = Number(args[++i]);
    else if (a === "--table") opts.table = true;
    else if (a === "--keep-temp") opts.keepTemp = true;
    else if (a === "--micropython") opts.micropython = path.resolve(args[++i]);
    else if (a === "--runner") opts.runner = args[++i];
    else if (a === "--frozen") opts.frozen = true;
    else if (a === "--definitions-of") (opts.definitionsOf ||= []).push(args[++i]);
    else opts.inputs.push(a);
}
if (!opts.mpyc || !(opts.inputs.length || opts.definitionsOf)) {
    console.error("usage: measure-import.mjs --mpyc PATH [--tolerance PCT] [--json OUT] [--table] FILE.py|FOLDER...");
    process.exit(2);
}
if (!opts.micropython && !opts.runner) checkVmPackage();
const { check, finish } = makeChecks();

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mpyc-measure-"));
process.on("exit", () => (opts.keepTemp ? console.log(`kept ${tmp}`) : fs.rmSync(tmp, { recursive: true, force: true })));

// The top-level statements of a program: [first line, last line] each (comments between two
// statements go with the first; decorators start their definition).
function topLevelStatements(file, lineCount) {
    const r = spawnSync(opts.mpyc, ["dump", "--ast", file], { encoding: "utf8", maxBuffer: 1 << 26 });
    if (r.status !== 0) return null;
    const starts = [...r.stdout.matchAll(/^  [A-Z]\w*(?: \S+)? @(\d+)$/gm)].map((m) => Number(m[1]));
    return starts.map((s, k) => [s, k + 1 < starts.length ? starts[k + 1] - 1 : lineCount]);
}

async function reduceToDefinitions(file) {
    const name = `def_${path.basename(file, ".py")}`;
    const lines = fs.readFileSync(file, "utf8").split("\n");
    const statements = topLevelStatements(file, lines.length);
    if (!statements) return null;
    const dir = path.join(tmp, "definitions");
    fs.mkdirSync(dir, { recursive: true });
    const out = path.join(dir, `${name}.py`);
    // the statement a line of the reduced file belongs to
    const statementAt = (line) => {
        let end = 0;
        return statements.findIndex(([a, b]) => (end += b - a + 1) >= line);
    };
    for (let round = 0; round < 200 && statements.length; round++) {
        fs.writeFileSync(out, statements.map(([a, b]) => lines.slice(a - 1, b).join("\n")).join("\n") + "\n");
        const r = spawnSync(opts.mpyc, ["size", "--format", "json", out], { encoding: "utf8" });
        if (r.status !== 0) return null;
        const figure = JSON.parse(r.stdout).modules[0].import;
        let drop = -1;
        if (!figure.applies) {
            if (!figure.line) return null;
            drop = statementAt(figure.line);
        } else {
            // a statement may need one that was left out (a base class, a decorator): the
            // import says which line fails
            const mpy = path.join(dir, `${name}.mpy`);
            const c = spawnSync(opts.mpyc, ["compile", "--no-warnings", "-s", `${name}.py`, "-o", mpy, out], { encoding: "utf8" });
            if (c.status !== 0) return null;
            const pending = pool.measure(fs.readFileSync(mpy), name, 0, figure.imports || [], {});
            if (pool.flush) await pool.flush();
            const got = await pending;
            if (got.exception === null) return out;
            const at = [...String(got.exception).matchAll(new RegExp(`File "${name}\\.py", line (\\d+)`, "g"))].pop();
            if (!at) return out; // it fails for another reason: measured (and reported) as it is
            drop = statementAt(Number(at[1]));
        }
        if (drop < 0) return null;
        statements.splice(drop, 1);
    }
    return null;
}

// The strings a .mpy's qstr table interns when it is loaded (the non-static entries): read here
// from the file itself, as py/persistentcode.c does, not from mpyc.
function mpyQstrTable(bytes) {
    let p = 4;
    const vuint = () => {
        let v = 0;
        for (;;) {
            const b = bytes[p++];
            v = v * 128 + (b & 0x7f);
            if (!(b & 0x80)) return v;
        }
    };
    if (bytes[2] & 0x40) vuint(); // architecture flags
    const n = vuint();
    vuint(); // constants
    const out = [];
    for (let k = 0; k < n; k++) {
        const v = vuint();
        if (v & 1) continue; // static
        const len = v >> 1;
        out.push(new TextDecoder().decode(bytes.subarray(p, p + len)));
        p += len + 1;
    }
    return out;
}

function sizeReport(extra) {
    const target = opts.micropython ? ["--word-size", "8"] : [];
    if (opts.runner) target.push(...(opts.sizeArgs || []));
    const r = spawnSync(opts.mpyc, ["size", "--format", "json", "--base", tmp, ...target, ...extra, ...modules.map((m) => m.mpy)],
        { encoding: "utf8", maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`mpyc size failed: ${r.stderr}`);
    return JSON.parse(r.stdout);
}

// The unix port: one process per measurement in the folder of the compiled modules (which the
// module's imports are found in too), with the same Python text as the WebAssembly VM's.
class UnixPort {
    constructor(exe) {
        this.exe = exe;
    }
    runScript(text) {
        // frozen modules: an empty folder (the script's folder is on sys.path too), so that no
        // .mpy file is found before them
        const cwd = opts.frozen ? fs.mkdtempSync(path.join(tmp, "cwd-")) : tmp;
        const script = path.join(cwd, `driver-${process.pid}-${Math.random().toString(36).slice(2)}.py`);
        fs.writeFileSync(script, text);
        const r = spawnSync(this.exe, [script], { cwd, encoding: "utf8", maxBuffer: 1 << 26, timeout: 60000 });
        fs.rmSync(script, { force: true });
        return r;
    }
    async measure(bytes, name, pad, imports) {
        const r = this.runScript(measureScript(name, pad, imports));
        if (r.status !== 0) return { exception: (r.stderr || r.stdout || `exit ${r.status}`).trim() };
        return parseMeasureOutput(r.stdout);
    }
    async probe(strings) {
        const r = this.runScript(probeScript(strings));
        return { interned: parseProbeOutput(r.stdout, strings) };
    }
    close() {}
}

// A board through a runner command: the scripts are batched, the modules ride in a RAM file
// system mounted as the current folder (sys.path entry "" finds them as "NAME.mpy").
class Runner {
    constructor(cmd) {
        this.cmd = cmd;
        this.jobs = [];
    }
    prologue(files) {
        const entries = Object.entries(files)
            // names as bytes: a str literal would be interned when the script is compiled
            .map(([n, b]) => `bytes(${JSON.stringify([...Buffer.from(`${n}.mpy`)])}).decode(): ` +
                `bytes.fromhex("${Buffer.from(b).toString("hex")}")`).join(", ");
        return `import sys, os, io, vfs
class _mpyc_File(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.off = 0
    def ioctl(self, request, arg):
        return 0 if request == 4 else -1
    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.off)
        buf[:n] = memoryview(self.data)[self.off:self.off + n]
        self.off += n
        return n
class _mpyc_FS:
    def __init__(self, files):
        self.files = files
    def mount(self, readonly, mkfs):
        pass
    def umount(self):
        pass
    def chdir(self, path):
        pass
    def getcwd(self):
        return ""
    def stat(self, path):
        if path in self.files:
            return (0x8000, 0, 0, 0, 0, 0, len(self.files[path]), 0, 0, 0)
        raise OSError(2)
    def open(self, path, mode):
        self.stat(path)
        return _mpyc_File(self.files[path])
vfs.mount(_mpyc_FS({${entries}}), "/mpyc")
os.chdir("/mpyc")
`;
    }
    // every script of the batch at once: one board session
    async runAll(scripts) {
        const r = spawnSync("sh", ["-c", this.cmd], { input: JSON.stringify(scripts), encoding: "utf8", maxBuffer: 1 << 28 });
        if (r.status !== 0) throw new Error(`runner failed: ${r.stderr}`);
        return JSON.parse(r.stdout);
    }
    async probe(strings) {
        const [r] = await this.runAll([probeScript(strings, this.prologue({}))]);
        if (r.error) throw new Error(`the qstr probe failed on the board: ${r.error}`);
        return { interned: parseProbeOutput(r.output, strings) };
    }
    measure(bytes, name, pad, imports, files) {
        const script = measureScript(name, pad, imports, this.prologue({ ...files, [name]: bytes }));
        return new Promise((resolve) => this.jobs.push({ script, resolve }));
    }
    async flush() {
        const jobs = this.jobs;
        this.jobs = [];
        const outs = await this.runAll(jobs.map((j) => j.script));
        jobs.forEach((j, k) => j.resolve(outs[k].error ? { exception: outs[k].error } : parseMeasureOutput(outs[k].output)));
    }
    close() {}
}

const pool = opts.runner ? new Runner(opts.runner)
    : opts.micropython ? new UnixPort(opts.micropython) : new VmPool({ size: opts.jobs, timeoutMs: 30000 });
const files = [];
const modules = [];
try {
    // the modules: NAME.py files whose NAME is an identifier, one of each name
    for (const folder of opts.definitionsOf || []) {
        for (const f of fs.readdirSync(folder).sort()) {
            if (!f.endsWith(".py")) continue;
            const reduced = await reduceToDefinitions(path.join(folder, f));
            if (reduced) files.push(reduced);
        }
    }
    for (const input of opts.inputs) {
        const st = fs.statSync(input);
        const list = st.isDirectory() ? fs.readdirSync(input).sort().map((f) => path.join(input, f)) : [input];
        for (const f of list) if (f.endsWith(".py") && /^[A-Za-z_]\w*\.py$/.test(path.basename(f))) files.push(f);
    }
    const seen = new Set();
    for (const f of files) {
        const name = path.basename(f, ".py");
        if (seen.has(name)) continue;
        seen.add(name);
        const out = path.join(tmp, `${name}.mpy`);
        const r = spawnSync(opts.mpyc, ["compile", "--no-warnings", "-s", `${name}.py`, "-o", out, path.resolve(f)], { encoding: "utf8" });
        if (r.status !== 0) continue; // error programs are not modules
        modules.push({ name, source: f, mpy: out });
    }

    // the firmware's qstrs among those the modules would add
    const first = sizeReport([]);
    // the qstrs the modules would add, and their str constants: one equal to a qstr the
    // firmware has is loaded as that qstr, no heap (py/persistentcode.c)
    const strConstants = [];
    const collect = (c) => {
        if (c.kind === "str" && typeof c.value === "string") strConstants.push(c.value);
        for (const item of c.items || []) collect(item);
    };
    for (const m of modules) {
        const r = spawnSync(opts.mpyc, ["dump", "--json", m.mpy], { encoding: "utf8", maxBuffer: 1 << 28 });
        if (r.status === 0) for (const c of JSON.parse(r.stdout).constants) collect(c);
    }
    const candidates = [...new Set([...first.modules.flatMap((m) => m.qstr_growth.names), ...strConstants])]
        // a Q(...) line of the header cannot hold a line break; a long text is no firmware's qstr
        .filter((q) => !/[\r\n]/.test(q) && q.length <= 64);
    // in chunks: a board's heap holds a script of a few hundred strings
    const probe = { interned: [] };
    for (let k = 0; k < candidates.length; k += 200)
        probe.interned.push(...(await pool.probe(candidates.slice(k, k + 200))).interned);
    const header = path.join(tmp, "qstrdefs.vm.h");
    // MICROPY_QSTR_BYTES_IN_LEN/HASH of the port (they change only the RAM cost, not the counts)
    fs.writeFileSync(header, "QCFG(BYTES_IN_LEN, (1))\nQCFG(BYTES_IN_HASH, (2))\n" + probe.interned.map((q) => `Q(${q})\n`).join(""));
    const report = sizeReport(["-q", header]);
    const byName = new Map(report.modules.map((m) => [m.name.replace(/\.py$/, ""), m]));

    // four heap layouts each (vm.mjs: the collector is conservative); the smallest heap figure
    const PADS = [0, 17, 200, 2000];
    const pending = Promise.all(modules.map(async (m) => {
        const bytes = fs.readFileSync(m.mpy);
        const imports = byName.get(m.name).import.imports || [];
        // the modules it imports, where they are among ours (the WebAssembly VM gets copies)
        const files = {};
        for (const i of imports) if (byName.has(i)) files[i] = fs.readFileSync(path.join(tmp, `${i}.mpy`));
        const runs = await Promise.all(PADS.map((pad) => pool.measure(bytes, m.name, pad, imports, files)));
        const failed = runs.find((r) => r.exception !== null);
        if (failed) return failed;
        const best = runs.reduce((a, b) => (b.importBytes < a.importBytes ? b : a));
        // the module's qstrs: what its import interned, and what importing its imports first
        // interned that its own loading would have (its table, its name, its path)
        const [before, preImported, after] = best.qstrs.map((l) => new Set(l));
        const own = new Set([...mpyQstrTable(bytes), m.name, `${m.name}.mpy`]);
        const interned = [...after].filter((q) => !preImported.has(q));
        const early = [...preImported].filter((q) => !before.has(q) && own.has(q));
        interned.push(...early);
        // counts from qstr_info's own totals (a name with a newline cannot be listed by line)
        const textLength = (q) => new TextEncoder().encode(q).length + 1;
        const textBytes = best.qstrCounts[2][1] - best.qstrCounts[1][1] + early.reduce((n, q) => n + textLength(q), 0);
        const entries = best.qstrCounts[2][0] - best.qstrCounts[1][0] + early.length;
        // the import read our file when its path became a qstr (py/builtinimport.c)
        const loadedFromFile = after.has(`${m.name}.mpy`);
        return { ...best, layouts: runs.map((r) => r.importBytes), qstrEntries: entries, qstrDataBytes: textBytes,
            loadedFromFile, interned };
    }));
    if (pool.flush) await pool.flush();
    const results = await pending;
    const rows = [];
    let worst = null;
    for (let k = 0; k < modules.length; k++) {
        const m = modules[k];
        const got = results[k];
        const want = byName.get(m.name);
        const label = `${m.source}`;
        if (got.exception === null && opts.frozen) {
            // frozen: the module object, dicts, functions and classes; no bytecode, no qstrs
            const predicted = want.import.applies ? want.import.frozen_bytes : null;
            const row = { module: label, applies: want.import.applies, predicted, measured: got.importBytes,
                qstrs_predicted: [want.qstr_growth.frozen_entries, want.qstr_growth.frozen_data_bytes],
                qstrs_measured: [got.qstrEntries, got.qstrDataBytes] };
            if (want.import.applies) {
                row.error_percent = (100 * (predicted - got.importBytes)) / got.importBytes;
                check(`${label}: frozen import ${predicted} predicted, ${got.importBytes} measured, within ${opts.tolerance}%`,
                    Math.abs(row.error_percent) <= opts.tolerance);
                if (!worst || Math.abs(row.error_percent) > Math.abs(worst.error_percent)) worst = row;
            }
            check(`${label}: frozen, qstrs +${row.qstrs_predicted.join("/")} predicted, +${row.qstrs_measured.join("/")} measured`,
                row.qstrs_predicted.join("/") === row.qstrs_measured.join("/"), JSON.stringify(got.interned));
            rows.push(row);
            continue;
        }
        if (got.exception === null && !got.loadedFromFile) {
            rows.push({ module: label, measured: null, note: "a built-in module of that name is imported instead" });
            continue;
        }
        if (got.exception !== null) {
            // a program that raises or exits when imported has no import to measure
            rows.push({ module: label, measured: null, note: `import raised: ${String(got.exception).trim().split("\n").pop()}` });
            continue;
        }
        const row = {
            module: label,
            applies: want.import.applies,
            predicted: want.import.bytes,
            measured: got.importBytes,
            qstrs_predicted: [want.qstr_growth.entries, want.qstr_growth.data_bytes],
            qstrs_measured: [got.qstrEntries, got.qstrDataBytes],
        };
        if (want.import.applies) {
            row.error_percent = (100 * (want.import.bytes - got.importBytes)) / got.importBytes;
            check(`${label}: import ${want.import.bytes} predicted, ${got.importBytes} measured, within ${opts.tolerance}%`,
                Math.abs(row.error_percent) <= opts.tolerance);
            if (!worst || Math.abs(row.error_percent) > Math.abs(worst.error_percent)) worst = row;
        } else {
            row.note = `no figure: ${want.import.reason}${want.import.line ? ` (line ${want.import.line})` : ""}`;
        }
        // qstrs interned while the top level runs (a program, not a library) are not the import's
        if (want.import.applies) {
            const predictedOnly = want.qstr_growth.names.filter((q) => !got.interned.includes(q));
            const measuredOnly = got.interned.filter((q) => !want.qstr_growth.names.includes(q));
            check(`${label}: qstrs +${want.qstr_growth.entries} (${want.qstr_growth.data_bytes} bytes) predicted, ` +
                  `+${got.qstrEntries} (${got.qstrDataBytes} bytes) measured`,
                want.qstr_growth.entries === got.qstrEntries && want.qstr_growth.data_bytes === got.qstrDataBytes,
                `predicted only ${JSON.stringify(predictedOnly)}, measured only ${JSON.stringify(measuredOnly)}`);
        }
        rows.push(row);
    }
    const applying = rows.filter((r) => r.applies);
    check("some modules have an import figure to compare", applying.length > 0);
    if (opts.table) {
        for (const r of rows) {
            const fig = r.applies ? `${r.predicted} predicted, ${r.measured} measured (${r.error_percent.toFixed(2)}%)` : r.note;
            const q = r.qstrs_measured ? `; qstrs ${r.qstrs_predicted.join("/")} vs ${r.qstrs_measured.join("/")}` : "";
            console.log(`${r.module}: ${fig}${q}`);
        }
    }
    console.log(`measured ${rows.length} modules: ${applying.length} with an import figure` +
        (worst ? `, worst ${worst.module} ${worst.error_percent.toFixed(2)}%` : "") +
        `; ${rows.length - applying.length} without (the top level runs code, or the import raised)`);
    if (opts.json) fs.writeFileSync(opts.json, JSON.stringify({ tolerance_percent: opts.tolerance, worst, modules: rows }, null, 2) + "\n");
} finally {
    pool.close();
}
finish("measure-import");
