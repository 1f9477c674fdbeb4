// run-mpy.mjs: import a compiled module (.mpy) in the real MicroPython VM (the WebAssembly
// port from npm) and print what it prints. Exit code: the VM's (1 after an uncaught
// exception, as the unix port).
//
//   node tests/vm/run-mpy.mjs build/hello.mpy
import fs from "node:fs";
import path from "node:path";
import process from "node:process";
import { runModule, checkVmPackage } from "./vm.mjs";

const file = process.argv[2];
if (!file) {
    console.error("usage: node tests/vm/run-mpy.mjs FILE.mpy");
    process.exit(2);
}
checkVmPackage();
const name = path.basename(file).replace(/\.mpy$/, "");
const result = await runModule(fs.readFileSync(file), name);
for (const line of result.output) process.stdout.write(line + "\n");
process.exit(result.exitCode ?? 1);
