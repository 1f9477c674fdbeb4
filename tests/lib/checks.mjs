// checks.mjs: the pass/fail bookkeeping the Node test scripts share. A check prints one FAIL
// line with its detail; finish() prints "LABEL: N passed, N failed" and exits 1 on a failure.
export function makeChecks({ filter } = {}) {
    let passed = 0;
    let failed = 0;
    function check(name, ok, detail) {
        if (filter && !name.includes(filter)) return;
        if (ok) {
            passed++;
        } else {
            failed++;
            console.log(`FAIL ${name}${detail ? ": " + detail : ""}`);
        }
    }
    function checkEqual(name, actual, expected) {
        const a = JSON.stringify(actual);
        const e = JSON.stringify(expected);
        check(name, a === e, a === e ? "" : `got ${a.slice(0, 600)}, expected ${e.slice(0, 600)}`);
    }
    function finish(label) {
        console.log(`${label ? label + ": " : ""}${passed} passed, ${failed} failed`);
        process.exit(failed ? 1 : 0);
    }
    return { check, checkEqual, finish };
}
