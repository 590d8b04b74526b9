// read_floor: the floor for `brm validate`. Lists every regular file under a
// directory (recursively, without following symbolic links) and reads each one
// completely once, on as many threads as the machine has cores. Nothing that
// validates every file can be faster than this.
//
//   g++ -O2 -std=c++20 -pthread -o read_floor read_floor.cpp
//   read_floor DIR [THREADS]
//
// Prints "<files> files, <bytes> bytes, <threads> threads" on standard output.
#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: read_floor DIR [THREADS]\n");
        return 2;
    }
    unsigned threads = std::thread::hardware_concurrency();
    if (argc == 3) threads = static_cast<unsigned>(std::strtoul(argv[2], nullptr, 10));
    if (threads == 0) threads = 1;

    // 1. List the regular files (symbolic links are not followed).
    std::vector<std::string> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(argv[1], fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        std::fprintf(stderr, "read_floor: %s: %s\n", argv[1], ec.message().c_str());
        return 2;
    }
    for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
        if (ec) {
            std::fprintf(stderr, "read_floor: %s\n", ec.message().c_str());
            return 2;
        }
        if (it->is_regular_file(ec) && !it->is_symlink(ec)) files.push_back(it->path().string());
    }

    // 2. Read every file to its end, threads taking the next file from a shared index.
    std::atomic<size_t> next{0};
    std::atomic<uint64_t> total{0};
    std::atomic<uint64_t> failed{0};
    std::atomic<uint64_t> checksum{0};  // keeps the reads observable
    auto work = [&] {
        std::vector<char> buf(1 << 16);
        uint64_t bytes = 0, sum = 0, bad = 0;
        for (size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < files.size();) {
            int fd = ::open(files[i].c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
            if (fd < 0) { ++bad; continue; }
            for (;;) {
                ssize_t n = ::read(fd, buf.data(), buf.size());
                if (n < 0 && errno == EINTR) continue;
                if (n <= 0) { if (n < 0) ++bad; break; }
                bytes += static_cast<uint64_t>(n);
                sum += static_cast<unsigned char>(buf[static_cast<size_t>(n) - 1]);
            }
            ::close(fd);
        }
        total += bytes;
        checksum += sum;
        failed += bad;
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();

    std::printf("%zu files, %llu bytes, %u threads (checksum %llu)\n", files.size(),
                static_cast<unsigned long long>(total.load()), threads,
                static_cast<unsigned long long>(checksum.load() & 0xffff));
    if (failed) {
        std::fprintf(stderr, "read_floor: %llu files could not be read\n",
                     static_cast<unsigned long long>(failed.load()));
        return 1;
    }
    return 0;
}
