#!/usr/bin/env node
// table.mjs: the Markdown table of bench/README.md's "RAM figures" from measure-import.mjs --json
// outputs, one column pair per run: `node bench/ram/table.mjs LABEL=run.json ...`.
import fs from "node:fs";
import path from "node:path";

const runs = process.argv.slice(2).map((a) => {
    const [label, file] = a.split("=");
    const j = JSON.parse(fs.readFileSync(file, "utf8"));
    const rows = new Map(j.modules.map((m) => [path.basename(m.module, ".py"), m]));
    return { label, rows, worst: j.worst };
});
const names = [...new Set(runs.flatMap((r) => [...r.rows.keys()]))].sort();
const cell = (m) => {
    if (!m) return ["", ""];
    if (m.applies) {
        const e = m.error_percent === 0 ? "exact" : `${m.error_percent > 0 ? "+" : ""}${m.error_percent.toFixed(2)}%`;
        return [`${m.predicted} / ${m.measured} (${e})`,
            m.qstrs_predicted.join("/") === m.qstrs_measured.join("/") ? `+${m.qstrs_measured[0]} exact` : `${m.qstrs_predicted.join("/")} vs ${m.qstrs_measured.join("/")}`];
    }
    return [m.note ? m.note.replace(/\|/g, "\\|").slice(0, 60) : "—", m.qstrs_measured ? `${m.qstrs_predicted.join("/")} vs ${m.qstrs_measured.join("/")}` : ""];
};
let out = `| module | ${runs.map((r) => `${r.label}: import predicted / measured | ${r.label}: qstrs`).join(" | ")} |\n`;
out += `|---|${runs.map(() => "---:|---:").join("|")}|\n`;
for (const n of names) {
    if (!runs.some((r) => r.rows.get(n) && r.rows.get(n).applies)) continue;
    out += `| ${n} | ${runs.map((r) => cell(r.rows.get(n)).join(" | ")).join(" | ")} |\n`;
}
for (const r of runs) {
    const all = [...r.rows.values()];
    const fig = all.filter((m) => m.applies);
    const exact = fig.filter((m) => m.error_percent === 0).length;
    const within = fig.filter((m) => Math.abs(m.error_percent) <= 3).length;
    out += `\n${r.label}: ${all.length} modules, ${fig.length} with an import figure: ${exact} exact, ${within} within 3%` +
        (r.worst ? `; worst ${path.basename(r.worst.module, ".py")} ${r.worst.error_percent.toFixed(2)}%` : "") + ".";
}
console.log(out);
