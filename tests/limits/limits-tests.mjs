#!/usr/bin/env node
// limits-tests.mjs: every limit of README.md's "Limits" table, at the limit and one past it,
// with inputs generated here (none is committed), run against the mpyc executable of a build;
// and every output path of every command on a device that refuses writes (/dev/full).
//
// Usage:
//   node tests/limits/limits-tests.mjs --mpyc PATH [--filter SUBSTR]
//
// At the limit: `mpyc compile` exits 0, and the module runs in the real MicroPython VM (the
// WebAssembly port, tests/vm/vm.mjs) and prints what the generated program computes, where the
// VM's memory and its own qstrs leave room (the qstr case runs 60000 names: the VM's firmware
// has hundreds of qstrs of its own, see README.md). One past it: exit code 1, no output file,
// the message naming the limit, `file:line:col` under the mpyc name and the reference's format
// (exactly, where the reference has a message of its own) under the mpy-cross name.
// Prints one line per failed check and "N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeChecks } from "../lib/checks.mjs";
import { VmPool, checkVmPackage } from "../vm/vm.mjs";

const args = process.argv.slice(2);
function option(name) {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
}
const MPYC = option("--mpyc") && path.resolve(option("--mpyc"));
const FILTER = option("--filter");
// A sanitizer build (AddressSanitizer) compiles on a 60 MB stack instead of 1 GB (see
// frontend/LargeStack.h), so its nesting limit is the stack's, below the one checked here.
const SANITIZED = args.includes("--sanitized");
if (!MPYC) {
    console.error("usage: limits-tests.mjs --mpyc PATH [--filter SUBSTR]");
    process.exit(2);
}

const { check, checkEqual, finish } = makeChecks();
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "mpyc-limits-tests-"));
// The mpy-cross name: a symbolic link, as `cmake --install` makes it.
const MPY_CROSS = path.join(tmpRoot, "mpy-cross");
fs.symlinkSync(MPYC, MPY_CROSS);

function run(exe, argv, opts = {}) {
    const stdio = ["pipe", opts.stdoutFd ?? "pipe", "pipe"];
    const r = spawnSync(exe, argv, { cwd: opts.cwd ?? tmpRoot, encoding: "utf8", stdio, maxBuffer: 1 << 28 });
    return { code: r.status, signal: r.signal, stdout: r.stdout || "", stderr: r.stderr || "" };
}

// a large heap for the big modules, and a Python stack (in bytes) for a 65535-slot frame
const vm = new VmPool({ size: 2, timeoutMs: 60000, heapsize: 64 * 1024 * 1024, pystack: 1024 * 1024 });

const lines = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join("\n");
const list = (n, f, sep = ",") => Array.from({ length: n }, (_, i) => f(i)).join(sep);

// Each limit: a name, the program at the limit (with what it prints in the VM, or null when it
// cannot run there), the program past it, and what the error must say and where.
const limits = [
    {
        name: "locals: 65534 locals and a stack of 1 fill a 65535-slot frame",
        at: `def f():\n${lines(65534, (i) => `    v${i} = ${i}`)}\n    return v65533\nprint(f())\n`,
        prints: "65533",
        past: `def f():\n${lines(65535, (i) => `    v${i} = ${i}`)}\n    return v0\nprint(f())\n`,
        message: "too many local variables: 'f' needs 65536 frame slots (65535 for variables, 1 for its value stack), beyond the 65535",
        where: "1:1",
    },
    {
        name: "locals: the issue's 65536 locals",
        past: `def f():\n${lines(65536, (i) => `    v${i} = ${i}`)}\n    return v0\nprint(f())\n`,
        message: "too many local variables: 'f' needs 65537 frame slots (65536 for variables",
        where: "1:1",
    },
    {
        name: "frame: a list display of 65534 items, then 65536 (each item is a stack slot)",
        at: `x = 5\nL = [${list(65534, () => "x")}]\nprint(len(L), L[-1])\n`,
        prints: "65534 5",
        past: `x = 5\nL = [${list(65536, () => "x")}]\n`,
        message: "too large a frame: the module's top level needs 65536 frame slots (0 for variables, 65536 for its value stack)",
        where: "2",
    },
    {
        name: "nesting: 19999 levels of brackets, then 20000",
        at: `x = ${"[".repeat(19999)}7${"]".repeat(19999)}\nd = 0\nwhile isinstance(x, list):\n    x = x[0]\n    d += 1\nprint(d, x)\n`,
        prints: "19999 7",
        past: `x = ${"[".repeat(20000)}7${"]".repeat(20000)}\n`,
        message: "too deeply nested",
        where: `1:${5 + 20000}`,
        mpyCrossStderr: null,
        notSanitized: true,
    },
    {
        name: "int folding: a result of 4,000,000 bits is a constant in the .mpy",
        at: `x = 1 << 3999999\nprint(len(hex(x)))\n`,
        // not run: the VM parses a big constant's decimal text in quadratic time (400,000 bits
        // take 12 s on the v1.28.0 unix port, these 4,000,000 would take about 20 minutes)
        prints: null,
        mpyBytes: (n) => n > 500000,
    },
    {
        name: "int folding: 4,000,001 bits are left to run time",
        at: `x = 1 << 4000000\nprint(len(hex(x)))\n`,
        prints: null, // as above: the shift at run time is quick, but the test need not show it
        mpyBytes: (n) => n < 1000,
    },
    {
        // no limit: the reference truncates the count to 16 bits (and crashes at 65536, writes a
        // file the VM cannot run at 70000); mpyc writes the count as the format allows
        name: "functions: 70000 functions made by one function",
        at: `L = []\na = L.append\n${lines(70000, (i) => `a(lambda: ${i})`)}\nprint(L[-1](), L[0](), len(L))\n`,
        prints: "69999 0 70000",
    },
    {
        name: "qstrs: 65370 names of its own (the source name and 65369 globals), then one more",
        at: `${lines(65369, (i) => `g${i} = ${i}`)}\n`,
        prints: null, // no firmware has only the 165 static qstrs of its own
        past: `${lines(65370, (i) => `g${i} = ${i}`)}\n`,
        message: "too many names and short strings in one module: this statement brings the module's qstrs to 65371, beyond the 65370",
        where: "65370:1",
    },
    {
        name: "qstrs: 60000 names run in the VM, the issue's 70000 globals do not compile",
        at: `${lines(60000, (i) => `g${i} = ${i}`)}\nprint(g59999 + g1)\n`,
        prints: "60000",
        past: `${lines(70000, (i) => `g${i} = ${i}`)}\n`,
        message: "too many names and short strings in one module",
        where: "65370:1",
    },
    {
        name: "qstrs: the issue's 70000 distinct short strings",
        at: `L = []\na = L.append\n${lines(60000, (i) => `a('s${i}')`)}\nprint(L[-1] + L[-1], len(L))\n`,
        prints: "s59999s59999 60000",
        // 'L', 'a' and 'append' are static qstrs: the source name and 65369 strings fit
        past: `L = []\na = L.append\n${lines(70000, (i) => `a('s${i}')`)}\n`,
        message: "too many names and short strings in one module: this statement brings the module's qstrs to 65371",
        where: `${2 + 65370}:1`,
    },
    {
        name: "names: 255 bytes, then 256 (the reference's RuntimeError)",
        at: `${"n".repeat(255)} = 7\nprint(${"n".repeat(255)} * 6)\n`,
        prints: "42",
        past: `x = 1\ny = x + ${"n".repeat(256)}\n`,
        message: "name too long",
        where: "2:9",
        mpyCrossStderr: "RuntimeError: name too long\n",
    },
    {
        name: "names: the issue's 70000-character identifier",
        past: `${"a".repeat(70000)} = 1\n`,
        message: "name too long",
        where: "1:1",
        mpyCrossStderr: "RuntimeError: name too long\n",
    },
    {
        name: "names: a dotted import of 255 bytes, then 256",
        at: `try:\n    import ${"a".repeat(130)}.${"b".repeat(124)}\nexcept ImportError:\n    print('no module')\n`,
        prints: "no module",
        past: `import ${"a".repeat(130)}.${"b".repeat(125)}\n`,
        message: "name too long",
        where: "1:1",
        mpyCrossStderr: "RuntimeError: name too long\n",
    },
    {
        name: "calls: 255 positional arguments, then 256",
        at: `def f(*a, **k):\n    print(len(a), len(k), a[-1])\nf(${list(255, (i) => String(i))})\n`,
        prints: "255 0 254",
        past: `def f(*a, **k):\n    pass\nf(${list(256, (i) => String(i))})\n`,
        message: "too many positional arguments in one call: 256, beyond the 255",
        where: `3:${3 + list(255, (i) => String(i)).length + 1}`,
    },
    {
        name: "calls: 255 keyword arguments, then 256",
        at: `def f(*a, **k):\n    print(len(a), len(k), k['k254'])\nf(${list(255, (i) => `k${i}=${i}`)})\n`,
        prints: "0 255 254",
        past: `def f(*a, **k):\n    pass\nf(${list(256, (i) => `k${i}=${i}`)})\n`,
        message: "too many keyword arguments in one call: 256, beyond the 255",
        where: `3:${3 + list(255, (i) => `k${i}=${i}`).length + 1}`,
    },
    {
        name: "unpacking: 255 targets on each side of the star, then 256",
        at: `${list(255, (i) => `a${i}`)}, *m, ${list(255, (i) => `c${i}`)} = range(600)\nprint(a254, len(m), c0, c254)\n`,
        prints: "254 90 345 599",
        past: `${list(256, (i) => `a${i}`)}, *m = range(600)\n`,
        message: "too many targets before the starred one in an unpacking: 256, beyond the 255",
        where: `1:${list(255, (i) => `a${i}`).length + 2}`,
    },
    {
        name: "cells: an inner function uses local 255, then local 256",
        at: `def f():\n${lines(256, (i) => `    v${i} = ${i}`)}\n    return lambda: v255\nprint(f()())\n`,
        prints: "255",
        past: `def f():\n${lines(257, (i) => `    v${i} = ${i}`)}\n    return lambda: v256\n`,
        message: "too many local variables: 'v256' is used by an inner function but is local number 256",
        where: "1:1",
    },
];

async function checkLimit(limit, index) {
    const dir = fs.mkdtempSync(path.join(tmpRoot, `limit${index}-`));
    if (limit.at) {
        fs.writeFileSync(path.join(dir, "at.py"), limit.at);
        const r = run(MPYC, ["compile", "-o", "at.mpy", "at.py"], { cwd: dir });
        check(`${limit.name}: at the limit, exit 0`, r.code === 0, r.stderr.slice(0, 400));
        if (r.code === 0 && limit.mpyBytes) {
            const n = fs.statSync(path.join(dir, "at.mpy")).size;
            check(`${limit.name}: the .mpy's size (${n} bytes)`, limit.mpyBytes(n));
        }
        if (r.code === 0 && limit.prints !== null) {
            const result = await vm.run(fs.readFileSync(path.join(dir, "at.mpy")), "at");
            checkEqual(`${limit.name}: at the limit, the VM's output`, result.output.join("\n"), limit.prints);
        }
    }
    if (!limit.past) return;
    fs.writeFileSync(path.join(dir, "past.py"), limit.past);
    for (const [exe, label] of [
        [MPYC, "mpyc"],
        [MPY_CROSS, "mpy-cross"],
    ]) {
        const argv = exe === MPYC ? ["compile", "-o", "past.mpy", "past.py"] : ["-o", "past.mpy", "past.py"];
        const r = run(exe, argv, { cwd: dir });
        check(`${limit.name}: past it (${label}), exit 1`, r.code === 1, `exit ${r.code} ${r.signal || ""}`);
        check(`${limit.name}: past it (${label}), no output file`, !fs.existsSync(path.join(dir, "past.mpy")));
        check(`${limit.name}: past it (${label}), the message`, r.stderr.includes(limit.message), r.stderr.slice(0, 600));
        if (label === "mpyc") {
            check(`${limit.name}: past it, file:line:col`, r.stderr.startsWith(`past.py:${limit.where}: error: `),
                  r.stderr.slice(0, 300));
        } else if (limit.mpyCrossStderr) {
            checkEqual(`${limit.name}: past it, the reference's message`, r.stderr, limit.mpyCrossStderr);
        } else {
            const line = limit.where.split(":")[0];
            check(`${limit.name}: past it, the reference's format with file and line`,
                  r.stderr.startsWith(`Traceback (most recent call last):\n  File "past.py", line ${line}`),
                  r.stderr.slice(0, 300));
        }
    }
}

function checkPaths() {
    const dir = fs.mkdtempSync(path.join(tmpRoot, "paths-"));
    fs.writeFileSync(path.join(dir, "x.py"), "x = 1\n");
    // mpy-cross keeps the input path, the source name and the output path as qstrs
    const long = "d/".repeat(130) + "x.py"; // 264 bytes
    let r = run(MPY_CROSS, [long], { cwd: dir });
    checkEqual("paths: an input path of 264 bytes (mpy-cross)", [r.code, r.stderr], [1, "RuntimeError: name too long\n"]);
    r = run(MPY_CROSS, ["-s", "s".repeat(256), "-o", "out.mpy", "x.py"], { cwd: dir });
    checkEqual("paths: a source name of 256 bytes (mpy-cross)", [r.code, r.stderr], [1, "RuntimeError: name too long\n"]);
    check("paths: no output after a long source name", !fs.existsSync(path.join(dir, "out.mpy")));
    r = run(MPY_CROSS, ["-s", "s".repeat(255), "-o", "out.mpy", "x.py"], { cwd: dir });
    check("paths: a source name of 255 bytes compiles", r.code === 0, r.stderr);
    r = run(MPY_CROSS, ["-o", "./".repeat(127) + "o.mpy", "x.py"], { cwd: dir });
    checkEqual("paths: an output path of 259 bytes (mpy-cross)", [r.code, r.stderr], [1, "RuntimeError: name too long\n"]);
    r = run(MPYC, ["compile", "-s", "s".repeat(300), "x.py"], { cwd: dir });
    check("paths: a long source name (mpyc) names the limit", r.code === 1 && r.stderr.includes("name too long") &&
          r.stderr.includes("300 bytes"), r.stderr);
}

// Every output of every command, on a device that takes no bytes: exit 1, the path and the
// system's reason, and the device is still a device.
function checkWriteFailures() {
    if (!fs.existsSync("/dev/full")) {
        console.log("note: no /dev/full here, the write-failure checks are skipped");
        return;
    }
    const dir = fs.mkdtempSync(path.join(tmpRoot, "full-"));
    fs.writeFileSync(path.join(dir, "x.py"), "def f():\n    return 1\n");
    fs.mkdirSync(path.join(dir, "src"));
    fs.writeFileSync(path.join(dir, "src", "m.py"), "y = 2\n");
    run(MPYC, ["compile", "-o", "x.mpy", "x.py"], { cwd: dir });
    const full = fs.openSync("/dev/full", "w");
    const reason = "No space left on device";
    const toFile = [
        ["compile -o /dev/full", MPYC, ["compile", "-o", "/dev/full", "x.py"]],
        ["mpy-cross -o /dev/full", MPY_CROSS, ["-o", "/dev/full", "x.py"]],
        ["compile --format=c-array -o /dev/full", MPYC, ["compile", "--format=c-array", "-o", "/dev/full", "x.py"]],
        ["freeze -o /dev/full", MPYC, ["freeze", "-o", "/dev/full", "x.py"]],
        ["merge -o /dev/full", MPYC, ["merge", "-o", "/dev/full", "x.mpy", "x.mpy"]],
        ["size -o /dev/full", MPYC, ["size", "-o", "/dev/full", "x.py"]],
        ["build --freeze /dev/full", MPYC, ["build", "src", "--base", "src", "--freeze", "/dev/full", "--state", "s1.json"]],
        ["build --report /dev/full", MPYC, ["build", "src", "--base", "src", "-o", "out1", "--report", "/dev/full"]],
        ["build --depfile /dev/full", MPYC, ["build", "src", "--base", "src", "-o", "out2", "--depfile", "/dev/full"]],
        ["build --state /dev/full", MPYC, ["build", "src", "--base", "src", "-o", "out3", "--state", "/dev/full"]],
    ];
    for (const [name, exe, argv] of toFile) {
        const r = run(exe, argv, { cwd: dir });
        check(`write failure: ${name}: exit 1 with the path and the reason`,
              r.code === 1 && r.stderr.includes("/dev/full") && r.stderr.includes(reason), `exit ${r.code}: ${r.stderr}`);
    }
    const toStdout = [
        ["compile -o -", MPYC, ["compile", "-o", "-", "x.py"]],
        ["mpy-cross -o -", MPY_CROSS, ["-o", "-", "x.py"]],
        ["compile --format=c-array", MPYC, ["compile", "--format=c-array", "x.py"]],
        ["dump", MPYC, ["dump", "x.mpy"]],
        ["dump --json", MPYC, ["dump", "--json", "x.mpy"]],
        ["dump --ast", MPYC, ["dump", "--ast", "x.py"]],
        ["freeze", MPYC, ["freeze", "x.py"]],
        ["merge", MPYC, ["merge", "x.mpy", "x.mpy"]],
        ["size", MPYC, ["size", "x.py"]],
        ["build --list", MPYC, ["build", "--list", "src", "--base", "src", "-o", "out4"]],
        ["build --report -", MPYC, ["build", "src", "--base", "src", "-o", "out5", "--report", "-"]],
        ["--help", MPYC, ["--help"]],
        ["--version", MPY_CROSS, ["--version"]],
    ];
    for (const [name, exe, argv] of toStdout) {
        const r = run(exe, argv, { cwd: dir, stdoutFd: full });
        check(`write failure: ${name} > /dev/full: exit 1 with the reason`,
              r.code === 1 && r.stderr.includes("stdout") && r.stderr.includes(reason), `exit ${r.code}: ${r.stderr}`);
    }
    fs.closeSync(full);
    check("write failure: /dev/full is still a character device", fs.statSync("/dev/full").isCharacterDevice());

    // A symbolic link to a file: the file is replaced, the link stays a link.
    fs.writeFileSync(path.join(dir, "target.mpy"), "old");
    fs.symlinkSync("target.mpy", path.join(dir, "link.mpy"));
    const r = run(MPYC, ["compile", "-o", "link.mpy", "x.py"], { cwd: dir });
    check("write through a symbolic link: exit 0", r.code === 0, r.stderr);
    check("write through a symbolic link: the link stays", fs.lstatSync(path.join(dir, "link.mpy")).isSymbolicLink());
    checkEqual("write through a symbolic link: the target has the .mpy",
               fs.readFileSync(path.join(dir, "target.mpy")).equals(fs.readFileSync(path.join(dir, "x.mpy"))), true);
}

checkVmPackage();
let index = 0;
for (const limit of limits) {
    if (FILTER && !limit.name.includes(FILTER)) continue;
    if (SANITIZED && limit.notSanitized) {
        console.log(`note: ${limit.name}: not checked in a sanitizer build (a smaller stack)`);
        continue;
    }
    await checkLimit(limit, index++);
}
if (!FILTER || "paths".includes(FILTER)) checkPaths();
if (!FILTER || "write failure".includes(FILTER)) checkWriteFailures();
vm.close();
fs.rmSync(tmpRoot, { recursive: true, force: true });
finish();
