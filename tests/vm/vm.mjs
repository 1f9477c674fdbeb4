// vm.mjs: run a compiled MicroPython module (.mpy bytes) in the real MicroPython VM, the
// WebAssembly port from npm (@micropython/micropython-webassembly-pyscript, pinned in
// package.json; install with `npm ci` or scripts/install-deps.sh).
//
// API (all results are plain objects, see `runModule`):
//
//   import { runModule, VmPool, formatOut } from "./vm.mjs";
//   const r = await runModule(mpyBytes, "name");     // one run, fresh VM, default timeout
//   const pool = new VmPool({ size: 4, timeoutMs: 20000 });
//   const r2 = await pool.run(mpyBytes, "name");     // many runs in parallel
//   pool.close();
//   formatOut(r)   // text comparable with a golden NAME.out file
//
// Every run gets a fresh VM (a new `loadMicroPython` instance). The module is written as
// /mpyc_modules/NAME.mpy, that folder is put first on sys.path, and then `import NAME` runs as the
// first line of its own `runPython` call, like the unix port's `micropython -c "import NAME"`.
// stdout and stderr are captured byte by byte, interleaved as the VM wrote them (as `2>&1` does).
// An uncaught exception is appended to the output the way the unix port prints it to stderr
// ("Traceback (most recent call last):" ... `File "<stdin>", line 1, in <module>` ...), with exit
// code 1; `SystemExit` gives the unix port's exit code (None -> 0, int -> int & 255, else 1) and
// prints nothing. So `formatOut(result)` is directly comparable with the golden `.out` files
// (which were made by the 64-bit unix port v1.28.0; the WebAssembly VM is 32-bit v1.27.0, so a few
// lines may legitimately differ: compare our .mpy with the reference .mpy in this same VM).
//
// A run that hangs cannot be interrupted from the JavaScript thread that runs the VM, so every
// VM lives in a worker thread; a run that exceeds `timeoutMs` terminates its worker (a new one
// replaces it) and gives { timedOut: true, exception: "timeout ...", exitCode: null }.

import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";

const PKG = "@micropython/micropython-webassembly-pyscript";
export const PKG_VERSION = "1.27.0"; // must match package.json
const MODULE_DIR = "/mpyc_modules";
export const DEFAULT_TIMEOUT_MS = 10000;
export { MEASURE_SETUP };

// ---------------------------------------------------------------------------------------------
// Worker side.

async function workerMain() {
    let loadMicroPython;
    try {
        ({ loadMicroPython } = await import(PKG));
    } catch (err) {
        parentPort.postMessage({
            fatal:
                `cannot load the npm package ${PKG} (${err.message}); ` +
                "run `npm ci` in the repository root (or scripts/install-deps.sh)",
        });
        return;
    }
    parentPort.postMessage({ ready: true });
    parentPort.on("message", async (job) => {
        let result;
        try {
            result = await runInThisThread(loadMicroPython, job);
        } catch (err) {
            result = {
                output: [],
                exception: `harness error: ${err && err.stack ? err.stack : err}`,
                exitCode: null,
                timedOut: false,
            };
        }
        parentPort.postMessage({ id: job.id, result });
    });
}

function splitLines(text) {
    if (text === "") return [];
    const lines = text.split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    return lines;
}

function systemExitCode(message) {
    // The last line of the printed exception is "SystemExit" or "SystemExit: VALUE".
    const lines = splitLines(message);
    const last = lines.length ? lines[lines.length - 1] : "";
    const m = /^SystemExit(?:: (.*))?$/.exec(last);
    if (!m || m[1] === undefined || m[1] === "None") return 0;
    if (/^-?\d+$/.test(m[1])) return Number(BigInt(m[1]) & 255n);
    return 1;
}

// The import measurement (tests/vm/measure-import.mjs): gc.mem_alloc() and the qstr pool around
// `__import__(NAME)`. The pyscript variant collects only when control is back at the top
// level (MICROPY_GC_SPLIT_HEAP_AUTO: gc.collect() inside Python merely asks), so each step is
// its own runPython call of the same text, `_mpyc_step()`, which reads the heap first and asks
// for a collection last: the compiled text of every step is the same size and cancels out.
// Step 0 reads the baseline and imports; step 1 reads the first import's heap, removes the
// module again; step 2 reads, imports a second time; step 3 reads. The second import finds its
// qstrs interned and its sys.modules slot free, so its heap delta is the module's own objects.
// The module sits in the root folder, the current folder, found through sys.path entry "": its
// path qstr is "NAME.mpy".
//
// The collector is conservative: any word that happens to hold a heap address keeps that block
// alive, and which garbage is hit that way depends on where things were allocated. `pad` (a
// bytearray allocated first) shifts the layout; the caller measures a few layouts and takes the
// smallest figure, the one no stray word inflated.
//
// `imports` (the modules the module's top level imports) are imported first: they are their own
// modules, and what importing them costs is not the module's. That also interns their names,
// which the module's own qstr table may hold, so the qstrs are reported by name (qstr_info(1)
// lists the interned ones) at three points: before those imports, before the module's import
// and after it; the caller decides which of them are the module's.
const MEASURE_SETUP = (name, pad = 0, imports = []) => `
import sys, gc, micropython
_mpyc_pad = bytearray(${pad | 0})
sys.path.insert(0, "")
print("=mpyc qstrs 0")
micropython.qstr_info(1)
for _mpyc_i in ${JSON.stringify(imports.map((i) => [...new TextEncoder().encode(i)]))}:
    try:
        __import__(bytes(_mpyc_i).decode())
    except ImportError:
        pass
_mpyc_i = None
_mpyc_n = bytes(${JSON.stringify([...new TextEncoder().encode(name)])}).decode()
_mpyc_m = None
_mpyc_h = [0] * 6
_mpyc_k = [0]
def _mpyc_step():
    k = _mpyc_k[0]
    _mpyc_h[k] = gc.mem_alloc()
    if k == 0 or k == 1:
        print("=mpyc qstrs", k + 1)
        micropython.qstr_info(1)
    if k == 1:
        del sys.modules[_mpyc_n]
        globals()["_mpyc_m"] = None
    if k == 0 or k == 2:
        globals()["_mpyc_m"] = __import__(_mpyc_n)
    _mpyc_k[0] = k + 1
    gc.collect()
gc.collect()
`;

async function measureInThisThread(loadMicroPython, job) {
    const bytes = [];
    const sink = (data) => {
        for (const b of data) bytes.push(b);
    };
    const options = { stdout: sink, stderr: sink, linebuffer: false };
    if (job.heapsize) options.heapsize = job.heapsize;
    const mp = await loadMicroPython(options);
    mp.FS.writeFile(`/${job.name}.mpy`, job.bytes);
    // modules it imports, where the caller has them
    for (const [name, bytes] of Object.entries(job.files || {})) mp.FS.writeFile(`/${name}.mpy`, bytes);
    const text = () => new TextDecoder().decode(new Uint8Array(bytes));
    try {
        mp.runPython(MEASURE_SETUP(job.name, job.pad, job.imports));
        for (let k = 0; k < 4; k++) mp.runPython("_mpyc_step()");
        mp.runPython('print("=mpyc heap", _mpyc_h[1] - _mpyc_h[0], _mpyc_h[3] - _mpyc_h[2])');
    } catch (err) {
        return { exception: String(err && err.message ? err.message : err), output: text() };
    }
    return parseMeasureOutput(text());
}

// The measurement's printed output: "=mpyc qstrs K" then qstr_info(1) (a summary line and a
// "Q(text)" line per interned qstr), and "=mpyc heap FIRST SECOND" last.
export function parseMeasureOutput(text) {
    const qstrs = [[], [], []];
    const qstrCounts = [null, null, null]; // [n_qstr, n_str_data_bytes] at each point
    let section = -1;
    let heap = null;
    for (const line of text.split(/\r?\n/)) {
        let m;
        if ((m = /^=mpyc qstrs (\d)$/.exec(line))) section = Number(m[1]);
        else if (section >= 0 && (m = /n_qstr=(\d+), n_str_data_bytes=(\d+)/.exec(line)))
            qstrCounts[section] = [Number(m[1]), Number(m[2])];
        else if ((m = /^=mpyc heap (-?\d+) (-?\d+)$/.exec(line))) heap = [Number(m[1]), Number(m[2])];
        else if (section >= 0 && (m = /^Q\((.*)\)$/.exec(line))) qstrs[section].push(m[1]);
    }
    if (!heap || qstrCounts.includes(null)) return { exception: `measurement output not understood: ${text.slice(-300)}` };
    return { exception: null, firstImportBytes: heap[0], importBytes: heap[1], qstrs, qstrCounts };
}

// The Python text of a whole measurement in one process (a port whose gc.collect() collects
// at once, as the unix port's and the firmware's do).
// `prologue` runs first (a port without a file system gets one there).
export function measureScript(name, pad, imports, prologue = "") {
    return prologue + MEASURE_SETUP(name, pad, imports) + "_mpyc_step()\n".repeat(4) +
        'print("=mpyc heap", _mpyc_h[1] - _mpyc_h[0], _mpyc_h[3] - _mpyc_h[2])\n';
}

// The strings the probe found interned: its last line has a 1 for each.
export function parseProbeOutput(text, strings) {
    const bits = (text || "").trim().split(/\r?\n/).pop() || "";
    return strings.filter((_, k) => bits[k] === "1");
}

// The Python text of the qstr probe (see probeInThisThread); prints one line of 0s and 1s.
export function probeScript(strings, prologue = "") {
    const codes = strings.map((s) => [...new TextEncoder().encode(s)]);
    return prologue + MEASURE_SETUP("_mpyc_probe") + `
for _c in ${JSON.stringify(codes)}:
    print(1 if id(bytes(_c).decode()) & 7 == 2 else 0, end="")
print()
`;
}

// Which of `job.probe` (strings) the VM has as qstrs in the state the measurement starts from
// (fresh, after MEASURE_SETUP; the name is made with bytes.decode(), which finds a qstr but
// interns none, unlike chr()): the firmware's qstrs, as far as these modules can tell. A str
// built at run time (str.join) is the qstr object when the qstr exists (py/objstr.c looks it
// up), and id() of a qstr object is the tagged value itself: low three bits 010 in
// MICROPY_OBJ_REPR_A, where a heap object is word-aligned.
async function probeInThisThread(loadMicroPython, job) {
    let text = "";
    const sink = (data) => {
        for (const b of data) text += String.fromCharCode(b);
    };
    const mp = await loadMicroPython({ stdout: sink, stderr: sink, linebuffer: false });
    mp.runPython(probeScript(job.probe));
    return { exception: null, interned: parseProbeOutput(text, job.probe) };
}

async function runInThisThread(loadMicroPython, job) {
    if (job.measure) return measureInThisThread(loadMicroPython, job);
    if (job.probe) return probeInThisThread(loadMicroPython, job);
    const bytes = [];
    const sink = (data) => {
        // linebuffer:false gives one Uint8Array per byte written.
        for (const b of data) bytes.push(b);
    };
    const options = { stdout: sink, stderr: sink, linebuffer: false };
    if (job.heapsize) options.heapsize = job.heapsize;
    if (job.pystack) options.pystack = job.pystack;
    const mp = await loadMicroPython(options);
    mp.FS.mkdir(MODULE_DIR);
    mp.FS.writeFile(`${MODULE_DIR}/${job.name}.mpy`, job.bytes);
    mp.runPython(`import sys\nsys.path.insert(0, ${JSON.stringify(MODULE_DIR)})\n`);

    let exception = null;
    let exitCode = 0;
    let extra = "";
    try {
        mp.runPython(`import ${job.name}\n`);
    } catch (err) {
        if (err && err.name === "PythonError") {
            exception = String(err.message);
            if (err.type === "SystemExit") {
                exitCode = systemExitCode(exception);
            } else {
                exitCode = 1;
                extra = exception; // the unix port prints it to stderr
            }
        } else {
            // A trap or abort inside the VM (e.g. "RuntimeError: unreachable").
            exception = `VM crashed: ${err && err.stack ? err.stack : err}`;
            exitCode = null;
        }
    }
    let text = new TextDecoder().decode(new Uint8Array(bytes));
    text += extra; // like the unix port: no newline is added before the traceback
    return { output: splitLines(text), exception, exitCode, timedOut: false };
}

if (!isMainThread && workerData && workerData.mpycVmWorker) {
    workerMain();
}

// ---------------------------------------------------------------------------------------------
// Main-thread side.

// Throws (with what to do) unless the pinned VM package is installed; returns its version.
export function checkVmPackage() {
    let pkgJson;
    try {
        pkgJson = createRequire(import.meta.url).resolve(`${PKG}/package.json`);
    } catch (err) {
        throw new Error(`the npm package ${PKG} is not installed; run \`npm ci\` in the repository root (or scripts/install-deps.sh)`);
    }
    const version = JSON.parse(fs.readFileSync(pkgJson, "utf8")).version;
    if (version !== PKG_VERSION) {
        throw new Error(`${PKG} ${version} is installed, the tests need ${PKG_VERSION}; run \`npm ci\` in the repository root`);
    }
    return version;
}

class PoolWorker {
    constructor(pool) {
        this.pool = pool;
        this.job = null;
        this.timer = null;
        this.dead = false;
        this.worker = new Worker(new URL(import.meta.url), { workerData: { mpycVmWorker: true } });
        this.ready = new Promise((resolve, reject) => {
            this.readyResolve = resolve;
            this.readyReject = reject;
        });
        this.ready.catch(() => {}); // a rejection is reported to whoever awaits it
        this.worker.on("message", (msg) => this.onMessage(msg));
        this.worker.on("error", (err) => this.onDeath(`worker error: ${err && err.stack ? err.stack : err}`));
        this.worker.on("exit", (code) => this.onDeath(`worker exited with code ${code}`));
        this.worker.unref();
    }

    onMessage(msg) {
        if (msg.fatal) {
            this.readyReject(new Error(msg.fatal));
            return;
        }
        if (msg.ready) {
            this.readyResolve();
            return;
        }
        if (this.job && msg.id === this.job.id) {
            const job = this.job;
            this.finish();
            job.resolve(msg.result);
            this.pool.workerIdle(this);
        }
    }

    onDeath(reason) {
        if (this.dead) return;
        this.dead = true;
        this.readyReject(new Error(reason));
        if (this.job) {
            const job = this.job;
            this.finish();
            job.resolve({ output: [], exception: `VM worker died: ${reason}`, exitCode: null, timedOut: false });
        }
        this.pool.workerDied(this);
    }

    start(job) {
        this.job = job;
        this.worker.ref();
        this.timer = setTimeout(() => {
            const j = this.job;
            this.finish();
            this.dead = true;
            this.worker.terminate();
            j.resolve({
                output: [],
                exception: `timeout: no result after ${this.pool.timeoutMs} ms`,
                exitCode: null,
                timedOut: true,
            });
            this.pool.workerDied(this);
        }, this.pool.timeoutMs);
        this.ready.then(
            () => {
                if (this.job === job) {
                    this.worker.postMessage({
                        id: job.id,
                        name: job.name,
                        bytes: job.bytes,
                        heapsize: this.pool.heapsize,
                        pystack: this.pool.pystack,
                        measure: job.measure,
                        probe: job.probe,
                        pad: job.pad,
                        imports: job.imports,
                        files: job.files,
                    });
                }
            },
            (err) => {
                if (this.job === job) {
                    this.finish();
                    job.reject(err);
                }
            },
        );
    }

    finish() {
        clearTimeout(this.timer);
        this.timer = null;
        this.job = null;
        if (!this.dead) this.worker.unref();
    }
}

export class VmPool {
    // size: number of worker threads (parallel VM runs); timeoutMs: per run;
    // heapsize / pystack: passed to loadMicroPython (its defaults when undefined).
    constructor({ size = os.availableParallelism ? os.availableParallelism() : os.cpus().length, timeoutMs = DEFAULT_TIMEOUT_MS, heapsize, pystack } = {}) {
        this.size = Math.max(1, size | 0);
        this.timeoutMs = timeoutMs;
        this.heapsize = heapsize;
        this.pystack = pystack;
        this.workers = [];
        this.idle = [];
        this.queue = [];
        this.nextId = 1;
        this.closed = false;
    }

    // Resolves to { output: string[], exception: string|null, exitCode: number|null, timedOut }.
    // Rejects only when the VM package cannot be loaded at all.
    run(mpyBytes, moduleName) {
        if (this.closed) return Promise.reject(new Error("VmPool is closed"));
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(moduleName)) {
            return Promise.reject(new Error(`not a valid module name: ${moduleName}`));
        }
        return new Promise((resolve, reject) => {
            // Copy: the buffer is transferred by structured clone anyway, keep callers' data intact.
            const bytes = new Uint8Array(mpyBytes);
            this.queue.push({ id: this.nextId++, name: moduleName, bytes, resolve, reject });
            this.dispatch();
        });
    }

    // The import measurement (see measureInThisThread): resolves to { importBytes,
    // firstImportBytes, qstrEntries, qstrDataBytes, exception }.
    measure(mpyBytes, moduleName, pad = 0, imports = [], files = {}) {
        if (this.closed) return Promise.reject(new Error("VmPool is closed"));
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(moduleName)) {
            return Promise.reject(new Error(`not a valid module name: ${moduleName}`));
        }
        return new Promise((resolve, reject) => {
            const bytes = new Uint8Array(mpyBytes);
            this.queue.push({ id: this.nextId++, name: moduleName, bytes, measure: true, pad, imports, files, resolve, reject });
            this.dispatch();
        });
    }

    // Which of `strings` the VM has as qstrs before a measurement starts (see probeInThisThread).
    probe(strings) {
        return new Promise((resolve, reject) => {
            this.queue.push({ id: this.nextId++, name: "_mpyc_probe", probe: strings, resolve, reject });
            this.dispatch();
        });
    }

    dispatch() {
        while (this.queue.length) {
            let w = this.idle.pop();
            if (!w) {
                if (this.workers.length >= this.size) return;
                w = new PoolWorker(this);
                this.workers.push(w);
            }
            w.start(this.queue.shift());
        }
    }

    workerIdle(w) {
        this.idle.push(w);
        this.dispatch();
    }

    workerDied(w) {
        this.workers = this.workers.filter((x) => x !== w);
        this.idle = this.idle.filter((x) => x !== w);
        if (!this.closed) this.dispatch();
    }

    close() {
        this.closed = true;
        for (const w of this.workers) {
            w.dead = true;
            w.worker.terminate();
        }
        this.workers = [];
        this.idle = [];
    }
}

let defaultPool = null;

// Run one module in a fresh VM. Returns (a promise of)
//   { output: string[]      lines printed on stdout+stderr, plus the traceback of an uncaught
//                           exception as the unix port prints it,
//     exception: string|null the uncaught exception as printed ("Traceback ...\nValueError: x\n"),
//                           or "timeout ..." / "VM crashed ..." for harness-level failures,
//     exitCode: number|null the unix port's exit code (null after a timeout or crash),
//     timedOut: boolean }
export function runModule(mpyBytes, moduleName, { timeoutMs } = {}) {
    if (!defaultPool) defaultPool = new VmPool({ size: 1, timeoutMs: timeoutMs ?? DEFAULT_TIMEOUT_MS });
    if (timeoutMs !== undefined) defaultPool.timeoutMs = timeoutMs;
    return defaultPool.run(mpyBytes, moduleName);
}

// The result as the text of a golden NAME.out file: output lines, then "[exit N]".
export function formatOut(result) {
    const lines = [...result.output];
    if (result.timedOut) lines.push("[timeout]");
    else if (result.exitCode === null) lines.push(`[crash] ${String(result.exception).split("\n")[0]}`);
    else lines.push(`[exit ${result.exitCode}]`);
    return lines.join("\n") + "\n";
}

// True when two results show the same behaviour (a timeout or a crash never equals anything).
export function sameBehaviour(a, b) {
    if (a.timedOut || b.timedOut || a.exitCode === null || b.exitCode === null) return false;
    return formatOut(a) === formatOut(b);
}
