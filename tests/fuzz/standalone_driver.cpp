// Runs a libFuzzer-style target without libFuzzer (gcc builds, the default
// test run): every file of the seed corpus, then deterministic mutations of
// each seed, then random buffers. It finds crashes and hangs on known shapes
// quickly; real coverage-guided fuzzing is scripts/fuzz.sh with clang.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {
void runOne(const std::vector<uint8_t> &bytes)
{
    LLVMFuzzerTestOneInput(bytes.empty() ? nullptr : bytes.data(), bytes.size());
}
} // namespace

int main(int argc, char **argv)
{
    std::vector<std::vector<uint8_t>> seeds;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path root(argv[i]);
        std::error_code ec;
        if (std::filesystem::is_regular_file(root, ec)) {
            std::ifstream in(root, std::ios::binary);
            seeds.emplace_back(std::istreambuf_iterator<char>(in),
                               std::istreambuf_iterator<char>());
            continue;
        }
        for (const auto &entry : std::filesystem::recursive_directory_iterator(root, ec)) {
            if (!entry.is_regular_file())
                continue;
            std::ifstream in(entry.path(), std::ios::binary);
            seeds.emplace_back(std::istreambuf_iterator<char>(in),
                               std::istreambuf_iterator<char>());
        }
    }
    const int mutations = std::getenv("ZKGRAD_FUZZ_MUTATIONS")
        ? std::atoi(std::getenv("ZKGRAD_FUZZ_MUTATIONS"))
        : 200;

    std::mt19937 rng(12345);
    size_t runs = 0;
    runOne({});
    ++runs;
    for (const auto &seed : seeds) {
        runOne(seed);
        ++runs;
        for (int m = 0; m < mutations; ++m) {
            std::vector<uint8_t> bytes = seed;
            const int edits = 1 + static_cast<int>(rng() % 8);
            for (int e = 0; e < edits; ++e) {
                switch (rng() % 4) {
                case 0: // flip a byte
                    if (!bytes.empty())
                        bytes[rng() % bytes.size()] = static_cast<uint8_t>(rng());
                    break;
                case 1: // truncate
                    if (!bytes.empty())
                        bytes.resize(rng() % bytes.size());
                    break;
                case 2: // insert
                    bytes.insert(bytes.begin() + (bytes.empty() ? 0 : rng() % bytes.size()),
                                 static_cast<uint8_t>(rng()));
                    break;
                default: // set a byte to an extreme
                    if (!bytes.empty())
                        bytes[rng() % bytes.size()] = (rng() & 1) ? 0xFF : 0x00;
                    break;
                }
            }
            runOne(bytes);
            ++runs;
        }
    }
    for (int i = 0; i < 500; ++i) {
        std::vector<uint8_t> bytes(rng() % 512);
        for (auto &b : bytes)
            b = static_cast<uint8_t>(rng());
        runOne(bytes);
        ++runs;
    }
    std::printf("%zu inputs ran without a crash (%zu seeds)\n", runs, seeds.size());
    return 0;
}
