// The main() of a fuzz target built without libFuzzer (a compiler other than clang): runs
// LLVMFuzzerTestOneInput on each file it is given, to replay a crash or as a smoke test.
#include <cstdint>
#include <cstdio>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        FILE* f = std::fopen(argv[i], "rb");
        if (!f) {
            std::perror(argv[i]);
            return 1;
        }
        std::vector<uint8_t> data;
        for (int c; (c = std::fgetc(f)) != EOF;)
            data.push_back(static_cast<uint8_t>(c));
        std::fclose(f);
        LLVMFuzzerTestOneInput(data.data(), data.size());
    }
    std::printf("%s: %d inputs ran clean\n", argc > 0 ? argv[0] : "fuzz", argc - 1);
    return 0;
}
