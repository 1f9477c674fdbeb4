// mpyc-disasm: machine code as instructions, for `mpyc dump` (see CMakeLists.txt for why this is
// a program of its own).
//
//   mpyc-disasm ARCH [ARCH_FLAGS [START]] < CODE
//
// ARCH is an mpy-cross -march name (or armv6-thumb: Thumb code on an armv6, what asm_thumb
// runs after its ARM-state trampoline); ARCH_FLAGS the .mpy header's arch flags (RV32: bit 0
// Zba); START the offset of the code's first byte in its function, for the printed offsets.
// CODE is the raw machine code. Prints one line per instruction: offset, bytes, text. Bytes
// that decode to nothing (Thumb literal words, padding) print as `.byte`s of one unit.
// Exit status 2 for an architecture LLVM cannot show (Xtensa), 1 for bad usage.
#include <llvm/ADT/StringRef.h>
#include <llvm/ADT/Triple.h>
#include <llvm/MC/MCAsmInfo.h>
#include <llvm/MC/MCContext.h>
#include <llvm/MC/MCDisassembler/MCDisassembler.h>
#include <llvm/MC/MCInst.h>
#include <llvm/MC/MCInstPrinter.h>
#include <llvm/MC/MCInstrInfo.h>
#include <llvm/MC/MCRegisterInfo.h>
#include <llvm/MC/MCSubtargetInfo.h>
#include <llvm/MC/MCTargetOptions.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/ADT/StringExtras.h>
#include <llvm/Support/Format.h>
#include <llvm/Support/raw_ostream.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

extern "C" {
void LLVMInitializeX86TargetInfo();
void LLVMInitializeX86TargetMC();
void LLVMInitializeX86Disassembler();
void LLVMInitializeARMTargetInfo();
void LLVMInitializeARMTargetMC();
void LLVMInitializeARMDisassembler();
void LLVMInitializeRISCVTargetInfo();
void LLVMInitializeRISCVTargetMC();
void LLVMInitializeRISCVDisassembler();
}

namespace {

// How LLVM names each -march (mpy-cross/main.c's list): triple, CPU, features, and the
// smallest instruction unit (what an undecodable stretch advances by).
struct ArchRow {
    const char* march;
    const char* triple;
    const char* cpu;
    const char* features;
    unsigned unit;
};
const ArchRow kArchs[] = {
    {"x86", "i386-unknown-linux", "", "", 1},
    {"x64", "x86_64-unknown-linux", "", "", 1},
    {"armv6", "armv6-none-eabi", "arm1176jzf-s", "", 4},  // ARM state (asm_thumb starts there too)
    {"armv6-thumb", "thumbv6-none-eabi", "arm1176jzf-s", "", 2},
    {"armv6m", "thumbv6m-none-eabi", "cortex-m0", "", 2},
    {"armv7m", "thumbv7m-none-eabi", "cortex-m3", "", 2},
    {"armv7em", "thumbv7em-none-eabi", "cortex-m4", "-vfp2,-fp64", 2},
    {"armv7emsp", "thumbv7em-none-eabi", "cortex-m4", "+vfp4d16sp", 2},
    {"armv7emdp", "thumbv7em-none-eabi", "cortex-m7", "+fp-armv8d16", 2},
    {"rv32imc", "riscv32-unknown-elf", "generic-rv32", "+m,+c", 2},
};

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: mpyc-disasm ARCH [ARCH_FLAGS] < CODE\n");
        return 1;
    }
    llvm::StringRef march = argv[1];
    unsigned archFlags = argc > 2 ? static_cast<unsigned>(std::strtoul(argv[2], nullptr, 0)) : 0;
    uint64_t start = argc > 3 ? std::strtoull(argv[3], nullptr, 0) : 0;
    const ArchRow* row = nullptr;
    for (const ArchRow& r : kArchs)
        if (march == r.march) row = &r;
    if (!row) {
        std::fprintf(stderr, "mpyc-disasm: LLVM has no disassembler for %s\n", argv[1]);
        return 2;
    }
    std::string features = row->features;
    if (march == "rv32imc" && (archFlags & 1)) features += ",+zba";

    LLVMInitializeX86TargetInfo();
    LLVMInitializeX86TargetMC();
    LLVMInitializeX86Disassembler();
    LLVMInitializeARMTargetInfo();
    LLVMInitializeARMTargetMC();
    LLVMInitializeARMDisassembler();
    LLVMInitializeRISCVTargetInfo();
    LLVMInitializeRISCVTargetMC();
    LLVMInitializeRISCVDisassembler();

    std::string error;
    llvm::Triple triple(row->triple);
    const llvm::Target* target = llvm::TargetRegistry::lookupTarget(row->triple, error);
    if (!target) {
        std::fprintf(stderr, "mpyc-disasm: %s\n", error.c_str());
        return 2;
    }
    std::unique_ptr<llvm::MCRegisterInfo> regs(target->createMCRegInfo(row->triple));
    llvm::MCTargetOptions options;
    std::unique_ptr<llvm::MCAsmInfo> asmInfo(target->createMCAsmInfo(*regs, row->triple, options));
    std::unique_ptr<llvm::MCSubtargetInfo> sti(target->createMCSubtargetInfo(row->triple, row->cpu, features));
    std::unique_ptr<llvm::MCInstrInfo> instrs(target->createMCInstrInfo());
    if (!regs || !asmInfo || !sti || !instrs) {
        std::fprintf(stderr, "mpyc-disasm: LLVM could not describe %s\n", row->triple);
        return 2;
    }
    llvm::MCContext context(triple, asmInfo.get(), regs.get(), sti.get());
    std::unique_ptr<llvm::MCDisassembler> disasm(target->createMCDisassembler(*sti, context));
    std::unique_ptr<llvm::MCInstPrinter> printer(
        target->createMCInstPrinter(triple, asmInfo->getAssemblerDialect(), *asmInfo, *instrs, *regs));
    if (!disasm || !printer) {
        std::fprintf(stderr, "mpyc-disasm: LLVM has no disassembler for %s\n", row->triple);
        return 2;
    }

    std::vector<uint8_t> code((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    llvm::ArrayRef<uint8_t> bytes(code);
    std::string line;
    llvm::raw_string_ostream out(line);
    for (uint64_t at = 0; at < bytes.size();) {
        llvm::MCInst inst;
        uint64_t size = 0;
        std::string text;
        llvm::raw_string_ostream textOut(text);
        if (disasm->getInstruction(inst, size, bytes.slice(at), at, llvm::nulls()) ==
                llvm::MCDisassembler::Success &&
            size > 0) {
            printer->printInst(&inst, at, "", *sti, textOut);
        } else {
            size = std::min<uint64_t>(row->unit, bytes.size() - at);
            textOut << "\t.byte";
            for (uint64_t i = 0; i < size; ++i)
                textOut << (i ? ", " : " ") << llvm::format_hex(bytes[at + i], 4);
        }
        textOut.flush();
        out << llvm::format_hex_no_prefix(start + at, 4) << " ";
        for (uint64_t i = 0; i < 8; ++i) {
            char hex[8];
            std::snprintf(hex, sizeof hex, " %02x", i < size ? bytes[at + i] : 0);
            out << (i < size ? hex : "   ");
        }
        // tabs from the printer become single spaces
        for (char& c : text)
            if (c == '\t') c = ' ';
        out << " " << llvm::StringRef(text).trim() << "\n";
        at += size;
    }
    out.flush();
    std::fwrite(line.data(), 1, line.size(), stdout);
    return 0;
}
