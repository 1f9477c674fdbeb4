// Python's text conventions, as far as the C that MicroPython's tools/mpy-tool.py writes
// depends on them: strict UTF-8 decoding, repr() of a str, `%.16g`, float()/complex() of
// the number text stored in a .mpy, struct.pack('<f') rounding, and the qstr helpers of
// py/makeqstrdata.py (escaped identifiers, hashes, pool-string escaping).
//
// They live apart from the freezer because they are plain functions of their inputs with
// exact expected values, tested one by one (tests/unit/test_freeze_text.cpp), and because
// `mpyc dump --json` uses the same decoding.
#pragma once

#include <llvm/ADT/StringRef.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mpyc {

// Strict UTF-8 decoding as Python's `str(b, "utf8")` does it: no overlong forms, no
// surrogates, nothing above U+10FFFF. Returns nullopt (and the byte offset of the first
// bad sequence in `badOffset`) for invalid input.
std::optional<std::vector<uint32_t>> decodeUtf8(llvm::StringRef bytes, size_t* badOffset = nullptr);

// Number of code points of valid UTF-8 (Python's len() of the decoded str).
size_t utf8Length(llvm::StringRef validUtf8);

// Python 3.11's str.isprintable() for one code point (Unicode 14.0).
bool pythonIsPrintable(uint32_t codePoint);

// Python's repr() of the str whose UTF-8 is `validUtf8`: quotes chosen as Python does,
// \\ \n \r \t and \xNN/\uNNNN/\UNNNNNNNN escapes for characters that are not printable.
std::string pythonRepr(llvm::StringRef validUtf8);

// makeqstrdata.qstr_escape: [A-Za-z0-9_] kept, anything else `_name_` (HTML entity or
// mpy-tool's own names) or `_0x%02x_` of the code point. Input must be valid UTF-8.
std::string qstrEscape(llvm::StringRef validUtf8);

// makeqstrdata.compute_hash: djb2-xor over the bytes, masked to `bytesInHash` bytes (two
// when it is 0, as qstr.c does), never 0.
uint32_t qstrHash(llvm::StringRef bytes, unsigned bytesInHash);

// makeqstrdata.escape_bytes: the string as-is if every character is printable ASCII other
// than `\` and `"`, otherwise every UTF-8 byte as \xNN.
std::string qstrPoolLiteral(llvm::StringRef validUtf8);

// Python's `"%.16g" % x` (glibc's printf is correctly rounded like Python's; NaN prints
// without a sign in Python, whatever its sign bit).
std::string formatG16(double x);

// Python's float() of the text mpy-cross stores for a float constant: an optional sign
// then digits with an optional point and exponent, or inf/infinity/nan (any case).
// Rounded correctly (strtod). nullopt if the text is not of that form.
std::optional<double> parsePythonFloat(llvm::StringRef text);

// Python's complex() of the text mpy-cross stores for a complex constant: `2j`, `-0j`,
// `(1+2j)`, `(nan-1.5j)`. A pure imaginary has real part +0.0.
std::optional<std::pair<double, double>> parsePythonComplex(llvm::StringRef text);

// struct.pack('<f', x) as an integer: the nearest float32 (ties to even). nullopt when a
// finite x rounds to infinity, where Python raises OverflowError.
std::optional<uint32_t> float32Bits(double x);

} // namespace mpyc
