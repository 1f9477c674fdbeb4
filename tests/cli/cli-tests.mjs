#!/usr/bin/env node
// cli-tests.mjs: the command-line contract, table-driven. Every wrong invocation of every
// subcommand must exit 1 (2 is the size gate's alone) and name what was wrong, with the
// subcommand it was given to; help exits 0; file errors name the file and the reason in the
// chosen format. Under the `mpy-cross` name, stdout, stderr and exit code must equal
// MicroPython v1.28.0's mpy-cross, recorded in mpy-cross-answers.json.
//
//   node tests/cli/cli-tests.mjs --mpyc PATH [--filter SUBSTR]
//   node tests/cli/cli-tests.mjs --record PATH/TO/REFERENCE/mpy-cross   (rewrites the JSON)
//
// Each test runs in a fresh folder holding x.py (a module), bad.py (a syntax error), an empty
// folder adir/, and x.mpy (compiled from x.py).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { makeChecks } from "../lib/checks.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const ANSWERS = path.join(here, "mpy-cross-answers.json");
const args = process.argv.slice(2);
function option(name) {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
}
const MPYC = option("--mpyc") && path.resolve(option("--mpyc"));
const RECORD = option("--record") && path.resolve(option("--record"));
const FILTER = option("--filter");
if (!MPYC && !RECORD) {
    console.error("usage: cli-tests.mjs --mpyc PATH [--filter SUBSTR] | --record REFERENCE_MPY_CROSS");
    process.exit(2);
}

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "mpyc-cli-tests-"));
process.on("exit", () => fs.rmSync(tmpRoot, { recursive: true, force: true }));

function workdir() {
    const d = fs.mkdtempSync(path.join(tmpRoot, "w-"));
    fs.writeFileSync(path.join(d, "x.py"), "x = 1\nprint(x)\n");
    fs.writeFileSync(path.join(d, "bad.py"), "x = (\n");
    fs.mkdirSync(path.join(d, "adir"));
    return d;
}

function run(exe, argv, cwd) {
    const r = spawnSync(exe, argv, { cwd, encoding: "latin1", maxBuffer: 1 << 24 });
    return { code: r.status, signal: r.signal, stdout: r.stdout || "", stderr: r.stderr || "" };
}

// --- under the mpy-cross name: the reference's answers, recorded -----------------------------

// The same invocations for the reference and for us. The usage text names the program as it
// was called; it is recorded with the name replaced by "mpy-cross".
const mpyCrossInvocations = [
    ["--bogus", "x.py"],
    [],
    ["x.py", "x.py"],
    ["-march=bogus", "x.py"],
    ["-X", "bogus", "x.py"],
    ["-X"],
    ["-o"],
    ["-s"],
    ["-msmall-int-bits=q", "x.py"],
    ["-h"],
    ["--help"],
    ["nosuch.py"],
    ["adir"],
    ["-o", "nodir/x.mpy", "x.py"],
    ["bad.py"],
    ["-X", "emit=native", "x.py"],
    ["-X", "emit=viper", "x.py"],
    ["-march=x64", "-march-flags=zba", "x.py"],
    ["-march=rv32imc", "-march-flags=bogus", "x.py"],
    ["-march=rv32imc", "-march-flags=0x10", "x.py"],
    ["-march=rv32imc", "-march-flags=zba,zcmp", "-o", "-", "x.py"],
    ["-march=rv32imc", "-march-flags=0b1", "-o", "-", "x.py"],
    ["-march-flags=zba", "-o", "-", "x.py"],
    ["-OO", "-o", "-", "x.py"],
    ["-O9", "-v", "-v", "-o", "-", "x.py"],
    ["--"],
    ["--", "-x.py"],
    [""],
];

// Text as it is; a .mpy written to stdout as "hex:" and its bytes.
function storedStdout(text) {
    return /^[\x20-\x7e\n]*$/.test(text) ? text : "hex:" + Buffer.from(text, "latin1").toString("hex");
}

function normalise(text, exe) {
    return text.split(exe).join("mpy-cross");
}

if (RECORD) {
    const answers = [];
    for (const argv of mpyCrossInvocations) {
        const r = run(RECORD, argv, workdir());
        answers.push({
            args: argv,
            code: r.code,
            stdout: storedStdout(normalise(r.stdout, RECORD)),
            stderr: normalise(r.stderr, RECORD),
        });
    }
    fs.writeFileSync(
        ANSWERS,
        JSON.stringify({ reference: "MicroPython v1.28.0 mpy-cross (a binary stdout as hex:)", answers }, null, 1) + "\n",
    );
    console.log(`recorded ${answers.length} answers in ${ANSWERS}`);
    process.exit(0);
}

const { check, finish } = makeChecks({ filter: FILTER });

const MPY_CROSS = path.join(tmpRoot, "mpy-cross");
fs.symlinkSync(MPYC, MPY_CROSS);
{
    const recorded = JSON.parse(fs.readFileSync(ANSWERS, "utf8")).answers;
    const byArgs = new Map(recorded.map((a) => [JSON.stringify(a.args), a]));
    for (const argv of mpyCrossInvocations) {
        const want = byArgs.get(JSON.stringify(argv));
        const name = `mpy-cross ${argv.join(" ")}`;
        if (!want) {
            check(name, false, "no recorded answer: run --record with the reference");
            continue;
        }
        const r = run(MPY_CROSS, argv, workdir());
        const stdout = storedStdout(normalise(r.stdout, MPY_CROSS));
        const stderr = normalise(r.stderr, MPY_CROSS);
        check(`${name}: exit code`, r.code === want.code, `got ${r.code}, expected ${want.code}`);
        check(`${name}: stdout`, stdout === want.stdout, `got ${stdout.slice(0, 200)}, expected ${want.stdout.slice(0, 200)}`);
        check(`${name}: stderr`, stderr === want.stderr, `got ${JSON.stringify(stderr)}, expected ${JSON.stringify(want.stderr)}`);
    }
}

// --- under the mpyc name: exit codes and named errors ----------------------------------------

// [arguments, exit code, texts stderr must contain (in order of appearance not required)];
// help cases check stdout instead, and the usage must not be dumped on an error.
const cases = [
    // no subcommand, a wrong one, a file, an option before the subcommand
    [[], 1, ["a subcommand is required", "compile, dump, freeze, merge, build, size"]],
    [["comple", "x.py"], 1, ["unknown subcommand 'comple'", "did you mean 'compile'?"]],
    [["buidl"], 1, ["unknown subcommand 'buidl'", "did you mean 'build'?"]],
    [["frobnicate"], 1, ["unknown subcommand 'frobnicate'", "The subcommands: compile"]],
    [["x.py"], 1, ["'x.py' is not a subcommand", "mpyc compile x.py"]],
    [["base64.py"], 1, ["mpyc compile base64.py"]],
    [["-O3", "compile", "x.py"], 1, ["unknown option '-O3'", "mpyc compile -O3"]],
    [["--bogus"], 1, ["unknown option '--bogus'"]],
    // compile
    [["compile", "--bogus", "x.py"], 1, ["mpyc compile: unknown option '--bogus'", "mpyc compile -h"]],
    [["compile", "--output", "x.mpy", "x.py"], 1, ["unknown option '--output'", "did you mean '-o'?"]],
    [["compile", "-Wall", "x.py"], 1, ["unknown option '-Wall'", "'--warnings'"]],
    [["compile", "--warning", "x.py"], 1, ["unknown option '--warning'", "did you mean '--warnings'?"]],
    [["compile", "-march=bogus", "x.py"], 1, ["unknown architecture 'bogus'", "xtensawin"]],
    [["compile", "--error-format=xml", "x.py"], 1, ["unknown error format 'xml'"]],
    [["compile", "--eror-format=json", "x.py"], 1, ["did you mean '--error-format='?"]],
    [["compile", "--format=elf", "x.py"], 1, ["unknown output format 'elf'"]],
    [["compile", "-X", "bogus", "x.py"], 1, ["unknown option '-X bogus'"]],
    [["compile", "-X"], 1, ["option '-X' needs a value"]],
    [["compile", "-o"], 1, ["option '-o' needs a file name"]],
    [["compile", "-s"], 1, ["option '-s' needs a source name"]],
    [["compile", "-msmall-int-bits=q", "x.py"], 1, ["-msmall-int-bits needs a number, not 'q'"]],
    [["compile"], 1, ["no input file"]],
    [["compile", "x.py", "x.py"], 1, ["multiple input files"]],
    [["compile", "-march=x64", "-march-flags=zba", "x.py"], 1, ["unrecognised arch flags"]],
    [["compile", "-X", "emit=native", "x.py"], 1, ["arch not specified"]],
    [["compile", "nosuch.py"], 1, ["nosuch.py: error: cannot open: No such file or directory"]],
    [["compile", "adir"], 1, ["adir: error: cannot read: Is a directory"]],
    [["compile", "-o", "nodir/x.mpy", "x.py"], 1, ["nodir/x.mpy: error: cannot write: No such file or directory"]],
    [["compile", "--error-format=json", "nosuch.py"], 1, ['"class": "OSError"', '"file": "nosuch.py"', "No such file"]],
    [["compile", "--error-format=mpy-cross", "nosuch.py"], 1, ["OSError: (2, \"can't open nosuch.py\")"]],
    [["compile", "bad.py"], 1, ["bad.py:2:1: error: invalid syntax"]],
    // dump, merge, freeze, build, size
    [["dump", "--bogus"], 1, ["mpyc dump: unknown option '--bogus'"]],
    [["dump", "--jsn", "x.mpy"], 1, ["mpyc dump: unknown option '--jsn'", "did you mean '--json'?"]],
    [["dump"], 1, ["mpyc dump: file is required"]],
    [["merge", "--bogus", "x.mpy"], 1, ["mpyc merge: unknown option '--bogus'"]],
    [["merge", "--outptu", "m.mpy", "x.mpy"], 1, ["did you mean '--output'?"]],
    [["freeze", "--bogus"], 1, ["mpyc freeze: unknown option '--bogus'"]],
    [["freeze", "-mlongint-imp=mpz", "x.py"], 1, ["did you mean '-mlongint-impl='?"]],
    [["freeze"], 1, ["mpyc freeze: no input files"]],
    [["freeze", "-mmpz-dig-size=12", "x.py"], 1, ["-mmpz-dig-size must be 8, 16 or 32"]],
    [["build", "--bogus"], 1, ["mpyc build: unknown option '--bogus'"]],
    [["build", "-j", "x", "."], 1, ["mpyc build: invalid value 'x' for --jobs"]],
    [["build", "--keep-gong", "."], 1, ["did you mean '--keep-going'?"]],
    [["size", "--fail-on-grow", "1%", "x.py"], 1, ["mpyc size: unknown option '--fail-on-grow'", "did you mean '--fail-on-growth'?"]],
    [["size", "--baseline"], 1, ["mpyc size: option '--baseline' needs a value"]],
    [["size", "--bogus", "x.py"], 1, ["mpyc size: unknown option '--bogus'"]],
    [["build", "-o", "out", "adir"], 1, ["no modules found in adir"]],
    [["dump", "x.py"], 1, ["bad magic", "mpyc dump --ast x.py"]],
];
const helps = [
    [["--help"], ["Exit codes: 0 success; 1 any error", "2 only when"]],
    [["compile", "-h"], ["usage: mpyc compile", "--warnings / --no-warnings", "--explain-consts"]],
    [["compile", "--help"], ["usage: mpyc compile"]],
    [["dump", "--help"], ["--ast"]],
    [["freeze", "--help"], ["usage: mpyc freeze"]],
    [["merge", "--help"], ["--output"]],
    [["build", "--help"], ["--depfile", "Exit codes"]],
    [["size", "--help"], ["--baseline", "Exit codes"]],
];

{
    const setup = workdir();
    const c = run(MPYC, ["compile", "-o", path.join(setup, "x.mpy"), path.join(setup, "x.py")], setup);
    check("setup: x.py compiles", c.code === 0, c.stderr);
}
for (const [argv, code, texts] of cases) {
    const d = workdir();
    run(MPYC, ["compile", "x.py"], d);
    const r = run(MPYC, argv, d);
    const name = `mpyc ${argv.join(" ")}`;
    check(`${name}: exit ${code}`, r.code === code, `exit ${r.code}: ${r.stderr.slice(0, 300)}`);
    for (const t of texts) check(`${name}: says ${JSON.stringify(t)}`, r.stderr.includes(t), r.stderr.slice(0, 400));
    // an error is a few lines, not the usage
    check(`${name}: short`, r.stderr.split("\n").length <= 15 || r.stderr.includes('"class"'), `${r.stderr.split("\n").length} lines`);
    check(`${name}: nothing on stdout`, r.stdout === "", r.stdout.slice(0, 200));
}
for (const [argv, texts] of helps) {
    const r = run(MPYC, argv, workdir());
    const name = `mpyc ${argv.join(" ")}`;
    check(`${name}: exit 0`, r.code === 0, `exit ${r.code}: ${r.stderr.slice(0, 300)}`);
    for (const t of texts) check(`${name}: shows ${JSON.stringify(t)}`, r.stdout.includes(t), r.stdout.slice(0, 300));
}

// --- one case per option of each subcommand: without its value, and with a bad number --------

// The CLI11 subcommands list their options in --help ("-o,--output TEXT"); each must say which
// option lacks its value, and a number option must name the bad value.
for (const sub of ["dump", "merge", "build", "size"]) {
    const help = run(MPYC, [sub, "--help"], workdir()).stdout;
    const options = [...help.matchAll(/^  ((?:-\w,)?--?[\w-]+) (TEXT|UINT|INT)\b/gm)].map((m) => [m[1].split(",").pop(), m[2]]);
    check(`${sub} --help lists its options`, sub === "dump" || options.length > 0, help.slice(0, 300));
    for (const [opt, type] of options) {
        const r = run(MPYC, [sub, opt], workdir());
        check(`mpyc ${sub} ${opt} (no value): exit 1, names it`, r.code === 1 && r.stderr.includes(`mpyc ${sub}: option '${opt}' needs a value`), `exit ${r.code}: ${r.stderr}`);
        if (type === "UINT" || type === "INT") {
            const b = run(MPYC, [sub, opt, "many", "x.py"], workdir());
            check(`mpyc ${sub} ${opt} many: exit 1, names the value`, b.code === 1 && b.stderr.includes(`invalid value 'many' for ${opt}`), `exit ${b.code}: ${b.stderr}`);
        }
    }
}
// the hand-parsed ones
for (const [sub, opts] of [["compile", ["-o", "-s", "-X"]], ["freeze", ["-o", "-q", "-s"]]]) {
    for (const opt of opts) {
        const r = run(MPYC, [sub, opt], workdir());
        check(`mpyc ${sub} ${opt} (no value): exit 1, names it`, r.code === 1 && r.stderr.includes(opt), `exit ${r.code}: ${r.stderr}`);
    }
}

// --- what used to be refused or silent -------------------------------------------------------
{
    const d = workdir();
    fs.mkdirSync(path.join(d, "src"));
    fs.writeFileSync(path.join(d, "src", "w.py"), "X = 5\n");
    let r = run(MPYC, ["build", "--warnings", "-o", "out", "src"], d);
    check("build --warnings: exit 0 and the warning", r.code === 0 && r.stderr.includes("src/w.py: warning: 'X' (line 1)"), r.stderr);
    r = run(MPYC, ["build", "--no-warnings", "-o", "out2", "src"], d);
    check("build --no-warnings: exit 0, quiet", r.code === 0 && r.stderr === "", r.stderr);
    r = run(MPYC, ["size", "-o", "new/deep/r.json", "x.py"], d);
    check("size -o into new folders", r.code === 0 && fs.existsSync(path.join(d, "new/deep/r.json")), r.stderr);
}

// --- advice is one line per module; the list is asked for ------------------------------------
{
    const d = workdir();
    let src = "";
    for (let i = 0; i < 39; i++) src += `E${i} = ${i}\n`;
    fs.writeFileSync(path.join(d, "errno_like.py"), src + "print(E1)\n");
    let r = run(MPYC, ["compile", "errno_like.py"], d);
    check("compile: 39 const() candidates, one summary line", r.code === 0 &&
          r.stderr === "errno_like.py: warning: 39 module-level ints could be const(): see --explain-consts\n", r.stderr);
    r = run(MPYC, ["compile", "--explain-consts", "errno_like.py"], d);
    const rows = r.stdout.split("\n").filter((l) => /^  \d+ +E\d+ +\d+ +\d+ bytes$/.test(l));
    check("compile --explain-consts: every candidate with the RAM it would save", r.code === 0 && rows.length === 39, r.stdout);
}

// --- targets: the releases, and --target ----------------------------------------------------
{
    const d = workdir();
    const t = run(MPYC, ["targets"], d);
    const rows = t.stdout.split("\n").filter((l) => /^(micropython|circuitpython)-/.test(l));
    check("targets: exit 0, every release of the issue listed", t.code === 0 && rows.length === 12 &&
          /^micropython-1\.28 +6\.3 +774 +MicroPython v1\.28\.0 .* default$/.test(rows[0]) &&
          rows.some((r) => /^micropython-1\.18 +5 +517 /.test(r)) && rows.some((r) => /^circuitpython-10 +C6\.3 /.test(r)), t.stdout);
    const feat = run(MPYC, ["targets", "--features"], d);
    check("targets --features: each decision with its release and commit", feat.code === 0 &&
          /^TStrings +1\.28 +d4751a164e /m.test(feat.stdout) && /^DeadCodeSuppressed +1\.20 +a506335524 /m.test(feat.stdout) &&
          /^AwaitCallsDunderAwait +CP 10 /m.test(feat.stdout), feat.stdout.slice(0, 300));
    run(MPYC, ["compile", "-o", "plain.mpy", "x.py"], d);
    for (const spec of ["micropython-1.28", "mpy:774", "mpy:0x306", "mpy:7942"]) {
        const r = run(MPYC, ["compile", `--target=${spec}`, "-o", "t.mpy", "x.py"], d);
        check(`compile --target=${spec}: the default's bytes`, r.code === 0 &&
              fs.readFileSync(path.join(d, "t.mpy")).equals(fs.readFileSync(path.join(d, "plain.mpy"))), r.stderr);
    }
    // the first release `mpyc targets` lists as not yet matched (while there is one)
    const notYet = rows.map((row) => row.split(/ {2,}/)).find((cols) => cols[cols.length - 1] === "not yet");
    let r;
    if (notYet) {
        r = run(MPYC, ["compile", `--target=${notYet[0]}`, "-o", "t2.mpy", "x.py"], d);
        check("compile --target of a release not yet matched: exit 1, says so, writes nothing", r.code === 1 &&
              r.stderr.includes(`--target=${notYet[0]} (${notYet[3]}): not yet supported`) &&
              !fs.existsSync(path.join(d, "t2.mpy")), r.stderr);
    }
    r = run(MPYC, ["compile", "--target=micropython-2.0", "x.py"], d);
    check("compile --target unknown: exit 1, lists the targets", r.code === 1 && r.stderr.includes("unknown target; the targets are micropython-1.28"), r.stderr);
    r = run(MPYC, ["compile", "--target=mpy:9", "x.py"], d);
    check("compile --target=mpy: of no release: exit 1", r.code === 1 && r.stderr.includes("no MicroPython release has .mpy version 9.0"), r.stderr);
    // build and size take --target; the incremental build rebuilds for another target
    fs.mkdirSync(path.join(d, "src"));
    fs.writeFileSync(path.join(d, "src", "n.py"), "y = f'{f\"{1}\"}'\n");
    const c27 = run(MPYC, ["compile", "--target=micropython-1.27", "-s", "n.py", "-o", "n27.mpy", "src/n.py"], d);
    const c28 = run(MPYC, ["compile", "-s", "n.py", "-o", "n28.mpy", "src/n.py"], d);
    const b28 = run(MPYC, ["build", "--base", "src", "-o", "out", "src"], d);
    const same28 = b28.code === 0 && fs.readFileSync(path.join(d, "out/n.mpy")).equals(fs.readFileSync(path.join(d, "n28.mpy")));
    const b27 = run(MPYC, ["build", "--target", "micropython-1.27", "--base", "src", "-o", "out", "src"], d);
    check("build --target: rebuilt with that release's bytes", c27.code === 0 && c28.code === 0 && same28 && b27.code === 0 &&
          fs.readFileSync(path.join(d, "out/n.mpy")).equals(fs.readFileSync(path.join(d, "n27.mpy"))) &&
          !fs.readFileSync(path.join(d, "n27.mpy")).equals(fs.readFileSync(path.join(d, "n28.mpy"))), b27.stderr + c27.stderr);
    // several --target: a tree each, the bytes of one call per target (1.27 and CircuitPython
    // share a parse, 1.28 and 1.19 each have their own)
    fs.writeFileSync(path.join(d, "src", "m.py"), "async def f(x):\n    await x\n    return 1.5e-23\n");
    const multi = run(MPYC, ["build", "--target", "micropython-1.28", "--target", "micropython-1.27", "--target",
        "circuitpython-10", "--target", "micropython-1.19", "-k", "-o", "multi", "src"], d);
    // n.py's nested f-string is a syntax error for 1.19, as for its mpy-cross: no file, exit 1
    let sameAsSingle = multi.code === 1 && !fs.existsSync(path.join(d, "multi/micropython-1.19/n.mpy")) &&
        (multi.stderr.match(/invalid syntax/g) || []).length === 1 && multi.stderr.includes("mpyc build: for micropython-1.19:\n");
    for (const t of ["micropython-1.28", "micropython-1.27", "circuitpython-10", "micropython-1.19"]) {
        for (const m of ["n", "m"]) {
            const c = run(MPYC, ["compile", `--target=${t}`, "-s", `${m}.py`, "-o", `${m}-${t}.mpy`, `src/${m}.py`], d);
            if (t === "micropython-1.19" && m === "n") {
                sameAsSingle = sameAsSingle && c.code === 1;
                continue;
            }
            sameAsSingle = sameAsSingle && c.code === 0 &&
                fs.readFileSync(path.join(d, `multi/${t}/${m}.mpy`)).equals(fs.readFileSync(path.join(d, `${m}-${t}.mpy`)));
        }
    }
    check("build with several --target: a tree each, identical to compile --target", sameAsSingle &&
          !fs.readFileSync(path.join(d, "multi/micropython-1.27/m.mpy")).equals(fs.readFileSync(path.join(d, "multi/circuitpython-10/m.mpy"))),
          multi.stderr);
    r = run(MPYC, ["build", "--target", "micropython-1.28", "--target", "micropython-1.27", "--freeze", "f.c", "-o", "m2", "src"], d);
    check("build with several --target and --freeze: exit 1, says why", r.code === 1 &&
          r.stderr.includes("--freeze needs a single --target"), r.stderr);
    r = run(MPYC, ["size", "--target", "micropython-1.27", "--format", "json", "--base", "src", "src/n.py"], d);
    check("size --target: recorded, the release's bytes measured", r.code === 0 && JSON.parse(r.stdout).options.target === "micropython-1.27" &&
          JSON.parse(r.stdout).modules[0].mpy_bytes === fs.statSync(path.join(d, "n27.mpy")).size, r.stderr);
    // freezing: v1.23.0 to v1.28.0's mpy-tool.py write the same C (v1.22.2's its own); a module compiled for 1.24
    // freezes its own bytes (0777 is an int there), and older releases or CircuitPython are refused
    fs.writeFileSync(path.join(d, "z.py"), "x = 0777\n");
    r = run(MPYC, ["freeze", "--target=micropython-1.24", "z.py"], d);
    const z24 = run(MPYC, ["compile", "--target=micropython-1.24", "-o", "z24.mpy", "z.py"], d);
    const zf = run(MPYC, ["freeze", "z24.mpy"], d);
    check("freeze --target=micropython-1.24: that release's module frozen", r.code === 0 && z24.code === 0 &&
          zf.code === 0 && r.stdout.replace("source file: z.py", "") === zf.stdout.replace("source file: z24.mpy", "") &&
          r.stdout.includes("mp_frozen_names"), r.stderr + zf.stderr);
    r = run(MPYC, ["freeze", "--target=micropython-1.21", "x.py"], d);
    check("freeze --target of a release before 1.22: exit 1, says why", r.code === 1 && r.stderr.includes("not yet supported for freezing"), r.stderr);
    r = run(MPYC, ["build", "--target", "circuitpython-10", "--freeze", "f.c", "src"], d);
    check("build --freeze --target=circuitpython-10: exit 1", r.code === 1 && r.stderr.includes("--freeze: --target=circuitpython-10"), r.stderr);
    r = run(MPYC, ["build", "--target", "micropython-1.27", "--freeze", "f27.c", "src"], d);
    check("build --freeze --target=micropython-1.27: frozen C written", r.code === 0 && fs.existsSync(path.join(d, "f27.c")), r.stderr);
    r = run(MPYC, ["dump", "m-circuitpython-10.mpy"], d);
    check("dump of a CircuitPython file: says so, and who loads it", r.code === 0 &&
          r.stdout.startsWith("CircuitPython mpy version 6,") && r.stdout.split("\n")[1] === "loads on: circuitpython-10", r.stdout.slice(0, 200));
    // a truncated v5 file (the header of v1.18's mpy-cross): the offset, and who loads it
    fs.writeFileSync(path.join(d, "v5.mpy"), Buffer.from([0x4d, 5, 0, 31, 32, 0x10, 0x00]));
    r = run(MPYC, ["dump", "v5.mpy"], d);
    check("dump of a truncated .mpy v5: exit 1, the offset, says which release loads it", r.code === 1 &&
          r.stderr.includes("at byte offset 7") &&
          r.stderr.includes(".mpy version 5 loads on: micropython-1.18 (MicroPython 1.12 to 1.18)"), r.stderr);
    // a whole one: disassembled, qstrs named through the window, per-function constants
    fs.writeFileSync(path.join(d, "v5src.py"), "x = 1.5\ndef f(a, *b):\n    return g(a, *b, **a) + x\nprint(f, 'hi', x)\n");
    r = run(MPYC, ["compile", "--target=micropython-1.18", "v5src.py", "-o", "v5ok.mpy"], d);
    // size of a v5 module: no tables, each function's own constant table (argument names,
    // objects, children) in the loading RAM, no import figure
    fs.writeFileSync(path.join(d, "v5size.py"),
                     "def f():\n    def g(key, value):\n        return 'a string longer than ten' + key + value\n    return 1\n");
    r = run(MPYC, ["size", "--target=micropython-1.18", "--format=json", "--word-size=8", "v5size.py"], d);
    let v5 = r.code === 0 ? JSON.parse(r.stdout).modules[0] : null;
    check("size --target=micropython-1.18: v5 figures (no tables, per-function constant tables)", v5 &&
          v5.sections.qstr_table === 0 && v5.sections.const_table === 0 && v5.sections.header === 5 &&
          // 64-bit: 3 raw codes of 4 words; constant tables: module 1 child, f 1 child, g 2 args + 1 str
          v5.ram.breakdown.raw_codes === 3 * 32 && v5.ram.breakdown.child_tables === 32 + 32 + 32 &&
          v5.ram.breakdown.constants === 32 + 32 && v5.import.applies === false,
          r.stdout.slice(0, 400) + r.stderr);
    // an int constant on a 64-bit port: 2**62 - 1 loads as a small int; -2**62 does not (the
    // loader parses the magnitude first), nor does a 19-digit value beyond 63 bits
    const intRam = (text) => {
        fs.writeFileSync(path.join(d, "ints.py"), `x = ${text}\n`);
        const q = run(MPYC, ["size", "--format=json", "--word-size=8", "ints.py"], d);
        if (q.code !== 0) return -1;
        const g = JSON.parse(q.stdout).modules[0].constants.by_kind.find((c) => c.kind === "int");
        return g ? g.ram_bytes : -1;
    };
    check("size: -2**62 is a big int on a 64-bit port, 2**62-1 and -(2**62-1) small",
          intRam("4611686018427387903") === 0 && intRam("-4611686018427387903") === 0 &&
          intRam("-4611686018427387904") > 0 && intRam("9223372036854775808") > 0,
          [intRam("4611686018427387903"), intRam("-4611686018427387903"), intRam("-4611686018427387904")].join(" "));
    // -mno-unicode: v1.18's mpy-cross only; escapes are single bytes, the header flag clear
    fs.writeFileSync(path.join(d, "uni.py"), 'a = "caf\\xe9"\n');
    r = run(MPYC, ["compile", "--target=micropython-1.18", "-mno-unicode", "uni.py", "-o", "uni.mpy"], d);
    const uni = r.code === 0 ? fs.readFileSync(path.join(d, "uni.mpy")) : Buffer.alloc(0);
    check("-mno-unicode for micropython-1.18: flag clear, \\xe9 one byte", r.code === 0 && uni[2] === 0 &&
          uni.includes(Buffer.from([0x63, 0x61, 0x66, 0xe9])), r.stderr);
    r = run(MPYC, ["compile", "-mno-unicode", "uni.py", "-o", "uni28.mpy"], d);
    check("-mno-unicode for micropython-1.28: unknown there, exit 1", r.code === 1 &&
          r.stderr.includes("only micropython-1.18's mpy-cross has it"), r.stderr);
    r = run(MPYC, ["dump", "v5ok.mpy"], d);
    check("dump of a .mpy v5: shown, who loads it, qstrs and constants", r.code === 0 &&
          r.stdout.startsWith("mpy version 5,") && r.stdout.split("\n")[1] === "loads on: micropython-1.18" &&
          r.stdout.includes("LOAD_CONST_OBJ 1.5") && r.stdout.includes("LOAD_GLOBAL 'x'") &&
          r.stdout.includes("MAKE_FUNCTION child 0") && r.stdout.includes("CALL_FUNCTION_VAR_KW n=1 nkw=0"),
          r.stdout + r.stderr);
    r = run(MPYC, ["dump", "n28.mpy"], d);
    check("dump says which releases load it", r.code === 0 && r.stdout.split("\n")[1] === "loads on: micropython-1.19, micropython-1.20, micropython-1.21, micropython-1.22, micropython-1.23, micropython-1.24, micropython-1.25, micropython-1.26, micropython-1.27, micropython-1.28", r.stdout.slice(0, 300));
}

// --- mpy-cross's spellings of the compiler options, in every subcommand that compiles --------

// Each row: the options as mpy-cross spells them; build, size and freeze must accept them and
// produce what `mpyc compile` produces with them.
const spellings = [
    ["-msmall-int-bits=16"],
    ["-OO"],
    ["-O3", "-X", "no-source-lines"],
    ["-march=x64"],
    ["-march=rv32imc", "-march-flags=zba,zcmp"],
];
for (const opts of spellings) {
    const d = workdir();
    fs.mkdirSync(path.join(d, "src"));
    fs.writeFileSync(path.join(d, "src", "m.py"), "def f(a):\n    return a + 100000\nprint(f(1))\n");
    const name = opts.join(" ");
    const ref = run(MPYC, ["compile", ...opts, "-s", "m.py", "-o", "ref.mpy", "src/m.py"], d);
    check(`compile ${name}: exit 0`, ref.code === 0, ref.stderr);
    if (ref.code !== 0) continue;
    const want = fs.readFileSync(path.join(d, "ref.mpy"));
    const b = run(MPYC, ["build", ...opts, "--base", "src", "-o", "out", "src"], d);
    check(`build ${name}: exit 0`, b.code === 0, b.stderr);
    const got = b.code === 0 ? fs.readFileSync(path.join(d, "out", "m.mpy")) : Buffer.alloc(0);
    check(`build ${name}: the bytes of compile ${name}`, got.equals(want), `${got.toString("hex")} vs ${want.toString("hex")}`);
    const mf = run(MPYC, ["build", "--mpy-cross-flags", opts.join(" "), "--base", "src", "-o", "out-mf", "src"], d);
    const gotMf = mf.code === 0 ? fs.readFileSync(path.join(d, "out-mf", "m.mpy")) : Buffer.alloc(0);
    check(`build --mpy-cross-flags "${name}": the same bytes`, mf.code === 0 && gotMf.equals(want), mf.stderr);
    const z = run(MPYC, ["size", ...opts, "--format", "json", "--base", "src", "src/m.py"], d);
    check(`size ${name}: exit 0`, z.code === 0, z.stderr);
    if (z.code === 0) {
        const report = JSON.parse(z.stdout);
        const text = JSON.stringify(report);
        check(`size ${name}: measures the same .mpy`, text.includes(`"mpy_bytes":${want.length}`) || text.includes(`"bytes":${want.length}`), text.slice(0, 300));
    }
    const f = run(MPYC, ["freeze", ...opts, "-s", "m.py", "src/m.py"], d);
    check(`freeze ${name}: exit 0`, f.code === 0, f.stderr);
}

// dump: native machine code as instructions through mpyc-disasm (LLVM) where it was built
// beside mpyc, as hex otherwise (and with --machine-hex)
{
    const d = workdir();
    fs.writeFileSync(path.join(d, "a.py"),
        "@micropython.asm_rv32\ndef f(a0, a1):\n    lw(a2, -4(a1))\n    add(a0, a0, a2)\n");
    const c = run(MPYC, ["compile", "-march=rv32imc", "-o", "a.mpy", "a.py"], d);
    check("dump machine code: compile asm_rv32", c.code === 0, c.stderr);
    const hasDisasm = fs.existsSync(path.join(path.dirname(MPYC), "mpyc-disasm"));
    const r = run(MPYC, ["dump", "a.mpy"], d);
    check("dump machine code: exit 0", r.code === 0, r.stderr);
    if (hasDisasm) {
        check("dump machine code: RISC-V instructions", r.stdout.includes("lw a2, -4(a1)") && r.stdout.includes("add a0, a0, a2") &&
              r.stdout.includes("ret"), r.stdout);
    }
    const h = run(MPYC, ["dump", "--machine-hex", "a.mpy"], d);
    check("dump --machine-hex: hex lines", h.code === 0 && h.stdout.includes("0000  03 a6 c5 ff 33 05 c5 00 82 80"), h.stdout);
    fs.writeFileSync(path.join(d, "x.py"), "@micropython.asm_xtensa\ndef f(a2):\n    add(a2, a2, a2)\n");
    const cx = run(MPYC, ["compile", "-march=xtensawin", "-o", "x.mpy", "x.py"], d);
    const rx = run(MPYC, ["dump", "x.mpy"], d);
    check("dump machine code: Xtensa (no LLVM disassembler) as hex, quietly", cx.code === 0 && rx.code === 0 &&
          /0000 {2}[0-9a-f]{2} /.test(rx.stdout) && rx.stderr === "", `compile ${cx.code} ${cx.stderr} dump ${rx.code} ${rx.stdout.slice(-300)} ${rx.stderr}`);
}

finish("cli");
