// parse_floor: what parsing a workspace with libyaml, the YAML reader brm is built on,
// costs by itself. Like read_floor.cpp, but each file is read whole and run through
// libyaml's event parser: no node tree, no checks, nothing kept. The parser is set up
// for each file as libyaml's API provides (brm resets one per thread and gives it an
// arena, which saves a fixed cost per file, so brm's own parsing grows with the bytes
// even more closely than this does).
//
//   g++ -O2 -std=c++20 -pthread -o parse_floor parse_floor.cpp -lyaml
//   parse_floor DIR [THREADS]
//
// Prints "<files> files, <bytes> bytes, <events> events, <threads> threads".
#include <fcntl.h>
#include <unistd.h>
#include <yaml.h>

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

namespace {

// Reads the whole file into buf; false when it cannot be opened or read.
bool read_whole(const std::string& path, std::string& buf) {
    buf.clear();
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return false;
    char chunk[1 << 16];
    for (;;) {
        ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) { ::close(fd); return false; }
        if (n == 0) break;
        buf.append(chunk, static_cast<size_t>(n));
    }
    ::close(fd);
    return true;
}

// Runs libyaml's parser to the end of the stream; the number of events, or -1 on a
// syntax error.
long parse_events(const std::string& bytes) {
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    long events = 0;
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) { events = -1; break; }
        const bool end = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        ++events;
        if (end) break;
    }
    yaml_parser_delete(&parser);
    return events;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: parse_floor DIR [THREADS]\n");
        return 2;
    }
    unsigned threads = std::thread::hardware_concurrency();
    if (argc == 3) threads = static_cast<unsigned>(std::strtoul(argv[2], nullptr, 10));
    if (threads == 0) threads = 1;

    std::vector<std::string> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(argv[1], fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        std::fprintf(stderr, "parse_floor: %s: %s\n", argv[1], ec.message().c_str());
        return 2;
    }
    for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
        if (ec) {
            std::fprintf(stderr, "parse_floor: %s\n", ec.message().c_str());
            return 2;
        }
        if (it->is_regular_file(ec) && !it->is_symlink(ec)) files.push_back(it->path().string());
    }

    std::atomic<size_t> next{0};
    std::atomic<uint64_t> total{0}, events{0}, failed{0};
    auto work = [&] {
        std::string buf;
        uint64_t bytes = 0, seen = 0, bad = 0;
        for (size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < files.size();) {
            if (!read_whole(files[i], buf)) { ++bad; continue; }
            bytes += buf.size();
            const long n = parse_events(buf);
            if (n < 0) ++bad; else seen += static_cast<uint64_t>(n);
        }
        total += bytes;
        events += seen;
        failed += bad;
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();

    std::printf("%zu files, %llu bytes, %llu events, %u threads\n", files.size(),
                static_cast<unsigned long long>(total.load()), static_cast<unsigned long long>(events.load()),
                threads);
    if (failed) {
        std::fprintf(stderr, "parse_floor: %llu files could not be read or parsed\n",
                     static_cast<unsigned long long>(failed.load()));
        return 1;
    }
    return 0;
}
