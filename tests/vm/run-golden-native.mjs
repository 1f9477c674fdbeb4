#!/usr/bin/env node
// run-golden-native.mjs: the native-code golden test (tests/golden/native, made by mpy-cross
// v1.28.0, the v1.28.0 unix port and mpy-tool.py; its README says how).
//
// Usage:
//   node tests/vm/run-golden-native.mjs --compiler PATH [--golden DIR] [--expected-pass FILE]
//        [--micropython PATH] [--filter SUBSTR] [--jobs N] [--write-expected-pass] [--verbose]
//
//   --compiler PATH       mpyc's binary named mpy-cross (its sibling `mpyc` is used to freeze)
//   --golden DIR          the corpus (default: tests/golden/native of this checkout)
//   --expected-pass FILE  checks that must pass (default: tests/golden-native-expected-pass.txt)
//   --micropython PATH    the v1.28.0 unix port (x86-64): run our x64 .mpy files and compare
//                         with NAME.out (native code does not run in the WebAssembly VM, so CI
//                         has the bytes as its proof; the runs are made where the port exists)
//   --write-expected-pass print a new list of everything that passed to stdout
//
// Checks, one line each in the expected-pass list:
//   bytes NAME ARCH LEVEL    compile NAME.py (from its folder, `-march=ARCH [-O3] -o OUT -s NAME.py
//                            NAME.py`) where the reference wrote a .mpy: the same bytes
//   error NAME ARCH LEVEL    where the reference rejected it: the same exit code and stderr; for
//                            its crashes (exit 134, a failed C assert) a non-zero exit and no file;
//                            for its bugs on valid input (REFERENCE_BUGS) acceptance
//   emit NAME ARCH KIND      emit_ programs with -X emit=native|viper (bytes or error as above)
//   freeze NAME ARCH         `mpyc freeze NAME.ARCH.O0.mpy` equals NAME.ARCH.frozen.c
//   run NAME LEVEL           (--micropython) our x64 .mpy imported by the unix port prints NAME.out
// ARCH is every architecture of the corpus; those whose step has not landed fail, and the list
// shows which pass. Exit status: 0 when every listed check passed, 1 otherwise, 2 for usage errors.

import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(SCRIPT_DIR, "..", "..");
const ARCHS = ["x86", "x64", "armv6", "armv6m", "armv7m", "armv7em", "armv7emsp", "armv7emdp", "xtensa",
               "xtensawin", "rv32imc", "rv32imc-zba-zcmp"];
const EMIT_ARCHS = ["x64", "armv7m", "xtensawin"];

function usage(msg) {
    console.error(`run-golden-native: ${msg}`);
    process.exit(2);
}

const opts = { golden: path.join(REPO_ROOT, "tests", "golden", "native"),
               expected: path.join(REPO_ROOT, "tests", "golden-native-expected-pass.txt"),
               jobs: os.cpus().length, filters: [] };
for (let i = 2; i < process.argv.length; i++) {
    const a = process.argv[i];
    const next = () => (i + 1 < process.argv.length ? process.argv[++i] : usage(`${a} needs a value`));
    if (a === "--compiler") opts.compiler = path.resolve(next());
    else if (a === "--golden") opts.golden = path.resolve(next());
    else if (a === "--expected-pass") opts.expected = path.resolve(next());
    else if (a === "--micropython") opts.micropython = path.resolve(next());
    else if (a === "--filter") opts.filters.push(next());
    else if (a === "--jobs") opts.jobs = Number(next());
    else if (a === "--write-expected-pass") opts.write = true;
    else if (a === "--verbose") opts.verbose = true;
    else usage(`unknown option ${a}`);
}
if (!opts.compiler || !fs.existsSync(opts.compiler)) usage("--compiler PATH (mpyc's mpy-cross) is required");
const mpycBinary = path.join(path.dirname(opts.compiler), "mpyc");

function run(cmd, args, cwd, timeoutMs = 60000) {
    return new Promise((resolve) => {
        const child = spawn(cmd, args, { cwd });
        const out = [], err = [];
        child.stdout.on("data", (d) => out.push(d));
        child.stderr.on("data", (d) => err.push(d));
        const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
        child.on("close", (code, signal) => {
            clearTimeout(timer);
            resolve({ code: signal ? 128 : code, stdout: Buffer.concat(out), stderr: Buffer.concat(err) });
        });
    });
}

const readIf = (p) => (fs.existsSync(p) ? fs.readFileSync(p) : null);
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "mpyc-native-"));
let tmpCount = 0;

// The reference's answer for (folder, NAME, ARCH, LEVEL): { mpy } or { err, rc }, or null.
function reference(dir, name, arch, level) {
    const at = (suffix) => path.join(dir, `${name}.${suffix}`);
    const tries = level === "O3" ? [`${arch}.O3`, `${arch}.O0`] : [`${arch}.O0`];
    if (arch === "rv32imc-zba-zcmp") tries.push("rv32imc.O0");
    for (const t of tries) {
        const mpy = readIf(at(`${t}.mpy`));
        if (mpy) return { mpy };
    }
    for (const a of arch === "rv32imc-zba-zcmp" ? [arch, "rv32imc"] : [arch]) {
        const err = readIf(at(`${a}.err`));
        if (err) return { err, rc: Number(String(readIf(at(`${a}.rc`))).trim()) };
    }
    return null;
}

function archArgs(arch) {
    if (arch === "rv32imc-zba-zcmp") return ["-march=rv32imc", "-march-flags=zba,zcmp"];
    if (arch === "none") return [];
    return [`-march=${arch}`];
}

// Reference bugs on valid input (the corpus README lists them): where mpy-cross rejects a valid
// program for these targets, mpyc must accept it and write a .mpy that reads back.
//   errors/rv32_forward_ref_heap: while sizing, an unseen label is read one past the label
//   table; with 8 labels that read leaves the heap block and gives a spurious "out of range".
const REFERENCE_BUGS = [{ id: "errors/rv32_forward_ref_heap", archs: ["rv32imc", "rv32imc-zba-zcmp"] }];

// Compiles a copy of NAME.py in a fresh folder and compares with the reference's answer.
async function compileCheck(dir, name, extraArgs, ref) {
    const work = path.join(tmpRoot, String(tmpCount++));
    fs.mkdirSync(work);
    fs.copyFileSync(path.join(dir, `${name}.py`), path.join(work, `${name}.py`));
    const out = path.join(work, "out.mpy");
    const r = await run(opts.compiler, [...extraArgs, "-o", out, "-s", `${name}.py`, `${name}.py`], work);
    const got = readIf(out);
    let ok, detail = "";
    if (ref.mpy) {
        ok = r.code === 0 && got && Buffer.compare(got, ref.mpy) === 0;
        if (!ok) {
            if (r.code !== 0) detail = `exit ${r.code}: ${r.stderr.toString().trim().split("\n").pop()}`;
            else if (!got) detail = "no output file";
            else {
                let i = 0;
                while (i < got.length && i < ref.mpy.length && got[i] === ref.mpy[i]) i++;
                detail = `bytes differ at offset ${i} (ours ${got.length} bytes, reference ${ref.mpy.length})`;
            }
        }
    } else if (ref.acceptInstead) {
        ok = r.code === 0 && got !== null && got.length > 0 &&
             (await run(mpycBinary, ["dump", out], work)).code === 0;
        if (!ok) detail = `a reference bug on valid input: want it accepted, got exit ${r.code}`;
    } else if (ref.rc === 134) {
        ok = r.code !== 0 && r.code !== 134 && !got;
        if (!ok) detail = `reference crash: want a clean error, got exit ${r.code}${got ? " and a file" : ""}`;
    } else {
        ok = r.code === ref.rc && !got && Buffer.compare(r.stderr, ref.err) === 0;
        if (!ok) detail = `exit ${r.code} (want ${ref.rc}); stderr ${JSON.stringify(r.stderr.toString().slice(0, 300))}` +
                          ` want ${JSON.stringify(ref.err.toString().slice(0, 300))}`;
    }
    return { ok, detail, ourMpy: got };
}

const checks = []; // { id, fn }
const add = (id, fn) => {
    if (opts.filters.length && !opts.filters.some((f) => id.includes(f))) return;
    checks.push({ id, fn });
};

const programs = [];
for (const sub of ["", "errors"]) {
    const dir = path.join(opts.golden, sub);
    for (const f of fs.readdirSync(dir).sort())
        if (f.endsWith(".py")) programs.push({ dir, name: f.slice(0, -3), id: (sub ? sub + "/" : "") + f.slice(0, -3) });
}
for (const p of programs) {
    const archs = p.name.startsWith("decorator_") ? [...ARCHS, "none", "rv64imc"] : ARCHS;
    for (const arch of archs) {
        for (const level of ["O0", "O3"]) {
            const ref = reference(p.dir, p.name, arch, level);
            if (!ref) continue;
            if (!ref.mpy && REFERENCE_BUGS.some((b) => b.id === p.id && b.archs.includes(arch))) ref.acceptInstead = true;
            const kind = ref.mpy ? "bytes" : "error";
            add(`${kind} ${p.id} ${arch} ${level}`, async () => {
                const r = await compileCheck(p.dir, p.name, [...archArgs(arch), ...(level === "O3" ? ["-O3"] : [])], ref);
                if (r.ourMpy && opts.micropython && arch === "x64" && ref.mpy && p.dir === opts.golden) runs.push({ p, level, mpy: r.ourMpy });
                return r;
            });
        }
        const frozen = readIf(path.join(p.dir, `${p.name}.${arch}.frozen.c`));
        if (frozen) {
            add(`freeze ${p.id} ${arch}`, async () => {
                const r = await run(mpycBinary, ["freeze", `${p.name}.${arch}.O0.mpy`], p.dir);
                const ok = r.code === 0 && Buffer.compare(r.stdout, frozen) === 0;
                return { ok, detail: ok ? "" : `exit ${r.code}: ${r.stderr.toString().trim().split("\n").pop() || "the C text differs"}` };
            });
        }
    }
    if (p.name.startsWith("emit_") && p.dir === opts.golden) {
        for (const arch of EMIT_ARCHS) {
            for (const kind of ["native", "viper"]) {
                const mpy = readIf(path.join(p.dir, `${p.name}.${arch}.emit-${kind}.O0.mpy`));
                const err = readIf(path.join(p.dir, `${p.name}.${arch}.emit-${kind}.err`));
                if (!mpy && !err) continue;
                const ref = mpy ? { mpy } : { err, rc: Number(String(readIf(path.join(p.dir, `${p.name}.${arch}.emit-${kind}.rc`))).trim()) };
                add(`emit ${p.id} ${arch} ${kind}`, () => compileCheck(p.dir, p.name, [...archArgs(arch), "-X", `emit=${kind}`], ref));
            }
        }
    }
}

const runs = [];
const results = new Map();
async function pool(items, fn) {
    let next = 0;
    await Promise.all(Array.from({ length: Math.max(1, opts.jobs) }, async () => {
        while (next < items.length) {
            const item = items[next++];
            try {
                results.set(item.id, await fn(item));
            } catch (e) {
                results.set(item.id, { ok: false, detail: String(e) });
            }
        }
    }));
}
await pool(checks, (c) => c.fn());

// Runs on the unix port: our .mpy alone in a folder, imported as NAME.
if (opts.micropython) {
    const runItems = runs.map((r) => ({ id: `run ${r.p.id} ${r.level}`, ...r }));
    await pool(runItems, async ({ p, level, mpy }) => {
        const expected = readIf(path.join(p.dir, `${p.name}.${level === "O3" ? "O3." : ""}out`)) ?? readIf(path.join(p.dir, `${p.name}.out`));
        if (!expected) return { ok: true, detail: "" };
        const work = path.join(tmpRoot, String(tmpCount++));
        fs.mkdirSync(work);
        fs.writeFileSync(path.join(work, `${p.name}.mpy`), mpy);
        const r = await run(opts.micropython, ["-c", `import ${p.name}`], work, 60000);
        const got = Buffer.concat([r.stdout, r.stderr, Buffer.from(`[exit ${r.code}]\n`)]);
        const ok = Buffer.compare(got, expected) === 0;
        return { ok, detail: ok ? "" : `prints ${JSON.stringify(got.toString().slice(0, 300))}` };
    });
    for (const r of runItems) checks.push(r);
}
fs.rmSync(tmpRoot, { recursive: true, force: true });

// Report: totals per kind and architecture, the failures of listed checks.
const expectedList = fs.existsSync(opts.expected)
    ? fs.readFileSync(opts.expected, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))
    : [];
const expectedSet = new Set(expectedList);
const table = new Map();
let regressions = 0, shown = 0;
for (const c of checks) {
    const r = results.get(c.id);
    const parts = c.id.split(" ");
    const key = parts[0] === "run" ? "run x64" : `${parts[0]} ${parts[2]}`;
    const row = table.get(key) ?? { pass: 0, fail: 0 };
    row[r.ok ? "pass" : "fail"]++;
    table.set(key, row);
    if (!r.ok && expectedSet.has(c.id)) {
        regressions++;
        console.error(`FAIL (listed) ${c.id}: ${r.detail}`);
    } else if (!r.ok && opts.verbose && shown++ < 200) {
        console.error(`fail ${c.id}: ${r.detail}`);
    }
}
const report = opts.write ? console.error : console.log;
for (const [key, row] of [...table.entries()].sort())
    report(`  ${key.padEnd(26)} ${String(row.pass).padStart(5)} passed ${String(row.fail).padStart(5)} failed`);
const passed = checks.filter((c) => results.get(c.id).ok).length;
report(`native golden: ${passed} passed, ${checks.length - passed} failed (of which ${regressions} listed as expected to pass)`);
if (opts.write) {
    const ran = new Set(checks.map((c) => c.id));
    const keep = expectedList.filter((id) => !ran.has(id));
    const now = checks.filter((c) => results.get(c.id).ok).map((c) => c.id);
    console.log("# Checks of tests/vm/run-golden-native.mjs that must pass (one per line; written by --write-expected-pass).");
    console.log("# The architectures whose native step has not landed are absent: the list shows progress.");
    for (const id of [...new Set([...keep, ...now])].sort()) console.log(id);
}
process.exit(regressions ? 1 : 0);
