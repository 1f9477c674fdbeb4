#!/usr/bin/env node
// check-targets.mjs: `mpyc compile --target=T` against what each release's mpy-cross did with
// the golden corpus's programs (tests/targets/T/index.tsv, written by make-target-golden.sh):
// the same exit code, and the same .mpy bytes or the same stderr, for every program at -O0
// and -O3. A target folder whose target mpyc does not support yet is skipped, and listed.
// Freezing: where T/frozen.tsv exists (make-frozen-golden.sh: that release's mpy-tool.py -f)
// and mpyc freezes for T, `mpyc freeze --target=T NAME.mpy` (NAME.mpy from mpyc compile
// --target=T) must print the same C; targets whose freezing mpyc refuses are listed.
//
//   node tests/targets/check-targets.mjs --mpyc PATH [--golden DIR] [--jobs N] [--filter S]
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { makeChecks } from "../lib/checks.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const MPYC = option("--mpyc") && path.resolve(option("--mpyc"));
const GOLDEN = path.resolve(option("--golden", path.join(here, "../golden")));
const JOBS = Number(option("--jobs", os.availableParallelism ? os.availableParallelism() : 2));
const FILTER = option("--filter");
if (!MPYC) {
    console.error("usage: check-targets.mjs --mpyc PATH [--golden DIR] [--jobs N] [--filter S]");
    process.exit(2);
}
const { check, finish } = makeChecks({ filter: FILTER });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mpyc-targets-"));
process.on("exit", () => fs.rmSync(tmp, { recursive: true, force: true }));

function runCompile(argv, cwd) {
    return new Promise((resolve) => {
        const p = spawn(MPYC, argv, { cwd, stdio: ["ignore", "pipe", "pipe"] });
        const err = [], out = [];
        p.stderr.on("data", (d) => err.push(d));
        p.stdout.on("data", (d) => out.push(d));
        p.on("close", (code) => resolve({ code, stderr: Buffer.concat(err), stdout: Buffer.concat(out) }));
    });
}

const jobs = [];
const skipped = [];
const refusedNative = [];
const freezeSkipped = [];
for (const target of fs.readdirSync(here).sort()) {
    const index = path.join(here, target, "index.tsv");
    if (!fs.existsSync(index)) continue;
    // does this mpyc support it?
    fs.writeFileSync(path.join(tmp, "probe.py"), "x = 1\n");
    const probe = await runCompile(["compile", `--target=${target}`, "-o", "probe.mpy", "probe.py"], tmp);
    if (probe.code !== 0 && probe.stderr.toString().includes("not yet supported")) {
        skipped.push(target);
        continue;
    }
    for (const line of fs.readFileSync(index, "utf8").split("\n")) {
        if (!line || line.startsWith("#")) continue;
        const [prog, level, rc, sum] = line.split("\t");
        jobs.push({ target, prog, level, rc: Number(rc), sum });
    }
    const frozen = path.join(here, target, "frozen.tsv");
    if (!fs.existsSync(frozen)) continue;
    const fprobe = await runCompile(["freeze", `--target=${target}`, "probe.py"], tmp);
    if (fprobe.code !== 0) {
        freezeSkipped.push(target);
        continue;
    }
    for (const line of fs.readFileSync(frozen, "utf8").split("\n")) {
        if (!line || line.startsWith("#")) continue;
        const [prog, rc, sum] = line.split("\t");
        // mpy-tool.py itself fails on some programs (floats it cannot pack): nothing to compare
        if (rc === "0") jobs.push({ target, prog, level: "freeze", rc: 0, sum });
    }
}

let next = 0;
async function worker(w) {
    const dir = fs.mkdtempSync(path.join(tmp, `w${w}-`));
    while (next < jobs.length) {
        const j = jobs[next++];
        const name = path.basename(j.prog);
        fs.copyFileSync(path.join(GOLDEN, `${j.prog}.py`), path.join(dir, `${name}.py`));
        fs.rmSync(path.join(dir, "out.mpy"), { force: true });
        if (j.level === "freeze") {
            const c = await runCompile(["compile", `--target=${j.target}`, "-o", `${name}.mpy`, "-s", `${name}.py`,
                `${name}.py`], dir);
            const f = c.code === 0 ? await runCompile(["freeze", `--target=${j.target}`, `${name}.mpy`], dir) : c;
            const sum = crypto.createHash("sha256").update(f.stdout).digest("hex");
            check(`${j.target} ${j.prog} freeze: the release's mpy-tool.py -f output`, f.code === 0 && sum === j.sum,
                `exit ${f.code}: ${f.stderr.toString().slice(0, 300)}`);
            continue;
        }
        const argv = ["compile", "--error-format=mpy-cross", "--no-warnings", `--target=${j.target}`,
            ...(j.level === "O3" ? ["-O3"] : []), "-o", "out.mpy", "-s", `${name}.py`, `${name}.py`];
        const r = await runCompile(argv, dir);
        const label = `${j.target} ${j.prog} ${j.level}`;
        if (j.rc === 0 && r.code === 1 && /native code for \S+ is not supported yet/.test(r.stderr.toString())) {
            // a release whose mpy-cross made native code without -march (before v1.20): mpyc
            // refuses it, naming the target, rather than write other bytes
            refusedNative.push(label);
            continue;
        }
        if (r.code !== j.rc) {
            check(`${label}: exit ${j.rc}`, false, `exit ${r.code}: ${r.stderr.toString().slice(0, 300)}`);
            continue;
        }
        const got = j.rc === 0 ? fs.readFileSync(path.join(dir, "out.mpy")) : r.stderr;
        const sum = crypto.createHash("sha256").update(got).digest("hex");
        const detail = j.rc === 0 ? "the .mpy bytes differ" :
            `stderr ${JSON.stringify(r.stderr.toString().slice(-300))}, expected ${JSON.stringify(
                fs.readFileSync(path.join(here, j.target, `${j.prog}.${j.level}.err`), "utf8").slice(-300))}`;
        check(`${label}: ${j.rc === 0 ? "bytes" : "error"} as the reference`, sum === j.sum, detail);
    }
}
await Promise.all(Array.from({ length: Math.max(1, JOBS) }, (_, w) => worker(w)));
if (skipped.length) console.log(`not yet supported by this mpyc, skipped: ${skipped.join(", ")}`);
if (freezeSkipped.length) console.log(`freezing not yet supported by this mpyc, skipped: ${freezeSkipped.join(", ")}`);
if (refusedNative.length) console.log(`native code refused (not yet supported for that target): ${refusedNative.join(", ")}`);
check("some target was compared", jobs.length > 0);
finish("targets");
