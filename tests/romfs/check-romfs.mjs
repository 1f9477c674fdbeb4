#!/usr/bin/env node
// check-romfs.mjs: `mpyc romfs build` against the images MicroPython v1.28.0's `mpremote romfs
// build --mpy` made of the same folders (images/, from make-romfs-golden.sh), byte for byte;
// `mpyc romfs ls` of each; and the errors: a truncated or corrupt image (exit 1, a byte
// offset), a module that does not compile and a name that is not ASCII (exit 1, no image).
//
//   node tests/romfs/check-romfs.mjs --mpyc PATH
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { makeChecks } from "../lib/checks.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const MPYC = args.includes("--mpyc") && path.resolve(args[args.indexOf("--mpyc") + 1]);
if (!MPYC) {
    console.error("usage: check-romfs.mjs --mpyc PATH");
    process.exit(2);
}
const { check, finish } = makeChecks({});
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mpyc-romfs-"));
process.on("exit", () => fs.rmSync(tmp, { recursive: true, force: true }));
const run = (argv, cwd) => spawnSync(MPYC, argv, { cwd, encoding: "latin1" });

// git keeps no empty folder: make the ones the images have
const trees = path.join(here, "trees");
for (const d of fs.readFileSync(path.join(here, "empty-dirs.txt"), "utf8").split("\n"))
    if (d) fs.mkdirSync(path.join(trees, d), { recursive: true });

const images = fs.readdirSync(path.join(here, "images")).filter((f) => f.endsWith(".romfs")).sort();
check("reference images present", images.length >= 2, images.join(" "));
for (const image of images) {
    const name = image.slice(0, -".romfs".length);
    const out = path.join(tmp, image);
    const r = run(["romfs", "build", name, "-o", out], trees);
    const want = fs.readFileSync(path.join(here, "images", image));
    check(`romfs build ${name}: the image of mpremote romfs build --mpy`,
          r.status === 0 && fs.existsSync(out) && fs.readFileSync(out).equals(want), r.stderr);
    const ls = run(["romfs", "ls", path.join(here, "images", image)], here);
    // every file of the tree is listed (a .py compiled appears as its .mpy)
    const files = [];
    const walk = (dir, rel) => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
            if (e.isDirectory()) walk(path.join(dir, e.name), rel + e.name + "/");
            else files.push(rel + e.name.replace(/\.py$/, fs.existsSync(path.join(dir, e.name.replace(/\.py$/, ".mpy"))) ? ".py" : ".mpy"));
        }
    };
    walk(path.join(trees, name), "");
    check(`romfs ls ${image}: every file`, ls.status === 0 && files.every((f) => ls.stdout.includes(" " + f + "\n")),
          ls.stdout + ls.stderr);
}

// dump of a .mpy inside an image: IMAGE:PATH
{
    const img = path.join(here, "images", "app.romfs");
    const r = run(["dump", `${img}:lib/pkg/util.mpy`], here);
    check("dump IMAGE:lib/pkg/util.mpy: disassembled, its source name", r.status === 0 &&
          r.stdout.startsWith("mpy version 6") && r.stdout.includes("'app/lib/pkg/util.py'") &&
          r.stdout.includes("def scale("), r.stdout.slice(0, 300) + r.stderr);
    const n = run(["dump", `${img}:lib/missing.mpy`], here);
    check("dump IMAGE:missing: exit 1, says so", n.status === 1 && n.stderr.includes("no file 'lib/missing.mpy'"), n.stderr);
}

// romfs build --report: the size report of the modules it compiled, by their path in the image
{
    const rep = path.join(tmp, "app-report.json");
    const r = run(["romfs", "build", "app", "-o", path.join(tmp, "rep.romfs"), "--report", rep], trees);
    const names = r.status === 0 ? JSON.parse(fs.readFileSync(rep, "utf8")).modules.map((m) => m.name).sort() : [];
    check("romfs build --report: the compiled modules, by image path (fast.py kept its .mpy)",
          JSON.stringify(names) === JSON.stringify(["lib/pkg/__init__.py", "lib/pkg/deep/__init__.py",
                                                    "lib/pkg/deep/leaf.py", "lib/pkg/util.py", "main.py"]),
          names.join(" ") + r.stderr);
}

// romfs build --max-ram: exit 2 when the modules' RAM exceeds it (the image is still written)
{
    const img = path.join(tmp, "budget.romfs");
    const r = run(["romfs", "build", "lib", "-o", img, "--report", path.join(tmp, "b.json"), "--max-ram", "10B"], trees);
    check("romfs build --max-ram 10B: exit 2, says which budget", r.status === 2 && r.stderr.includes("exceeded") &&
          fs.existsSync(img), r.stderr);
}

// mpyc build --romfs: the output tree as an image, the same as `romfs build` of that tree
{
    const out = path.join(tmp, "built");
    const img = path.join(tmp, "built.romfs");
    const r = run(["build", "lib", "-o", out, "--romfs", img], trees);
    fs.rmSync(path.join(out, ".mpyc-build.json"), { force: true });
    const again = run(["romfs", "build", out, "-o", path.join(tmp, "again.romfs")], tmp);
    check("build --romfs: the tree's image", r.status === 0 && again.status === 0 &&
          fs.readFileSync(img).equals(fs.readFileSync(path.join(tmp, "again.romfs"))), r.stderr + again.stderr);
    const two = run(["build", "lib", "-o", out, "--romfs", img, "--target", "micropython-1.28", "--target", "micropython-1.19"], trees);
    check("build --romfs with two targets: exit 1, one image per call", two.status === 1 && two.stderr.includes("--romfs"), two.stderr);
}

// a truncated or corrupt image: exit 1 with the byte offset, never a crash
const app = fs.readFileSync(path.join(here, "images", "app.romfs"));
for (const cut of [1, 3, 4, 5, 20, 100, app.length - 1]) {
    const f = path.join(tmp, `cut${cut}.romfs`);
    fs.writeFileSync(f, app.subarray(0, cut));
    const r = run(["romfs", "ls", f], tmp);
    check(`romfs ls of the image cut to ${cut} bytes: exit 1, an offset`,
          r.status === 1 && /at byte offset \d+/.test(r.stderr), r.stderr);
}
{
    const bad = Buffer.from(app);
    // the first record's kind (after the header and the length, 0x80-padded or not): 0,
    // "unused", the VM's sign of corruption
    let first = 3;
    while (bad[first] & 0x80) first++;
    bad[first + 1] = 0;
    const f = path.join(tmp, "bad.romfs");
    fs.writeFileSync(f, bad);
    const r = run(["romfs", "ls", f], tmp);
    check("romfs ls of a corrupt image: exit 1, the offset", r.status === 1 && r.stderr.includes("at byte offset"), r.stderr);
    fs.writeFileSync(f, Buffer.from("not an image"));
    const n = run(["romfs", "ls", f], tmp);
    check("romfs ls of another file: exit 1, says so", n.status === 1 && n.stderr.includes("not a ROMFS image"), n.stderr);
}

// a module that does not compile: the diagnostic, exit 1, no image
{
    const src = path.join(tmp, "broken");
    fs.mkdirSync(path.join(src, "pkg"), { recursive: true });
    fs.writeFileSync(path.join(src, "ok.py"), "x = 1\n");
    fs.writeFileSync(path.join(src, "pkg", "bad.py"), "def f(:\n");
    const r = run(["romfs", "build", "broken", "-o", "broken.img"], tmp);
    check("romfs build with a syntax error: exit 1, the file and line, no image", r.status === 1 &&
          r.stderr.includes("broken/pkg/bad.py") && !fs.existsSync(path.join(tmp, "broken.img")), r.stderr);
    fs.writeFileSync(path.join(src, "pkg", "bad.py"), "y = 2\n");
    fs.writeFileSync(path.join(src, "caf\u00e9.txt"), "x");
    const n = run(["romfs", "build", "broken", "-o", "broken.img"], tmp);
    check("romfs build with a non-ASCII name: exit 1, names it", n.status === 1 && n.stderr.includes("not ASCII"), n.stderr);
    fs.rmSync(path.join(src, "caf\u00e9.txt"));
    const ok = run(["romfs", "build", "broken"], tmp);
    check("romfs build without -o: SRC_DIR.romfs", ok.status === 0 && fs.existsSync(path.join(tmp, "broken.romfs")), ok.stderr);
}
// the command line: which subcommand, which option
{
    const a = run(["romfs"], tmp);
    check("romfs alone: exit 1, names build and ls", a.status === 1 && a.stderr.includes("build, ls"), a.stderr);
    const b = run(["romfs", "biuld", "x"], tmp);
    check("romfs biuld: exit 1, did you mean build", b.status === 1 && b.stderr.includes("did you mean 'build'"), b.stderr);
    const c = run(["romfs", "build", "x", "--bogus"], tmp);
    check("romfs build --bogus: exit 1, names the option and the subcommand", c.status === 1 &&
          c.stderr.includes("mpyc romfs build: unknown option '--bogus'"), c.stderr);
}
finish("romfs");
