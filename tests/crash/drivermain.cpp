// Kills a scenario's writer with SIGKILL at random moments, again and again, and after every kill checks
// what it left behind (see docs/reliability.md).
// Usage: tend_crash_driver <path of tend_crash_writer> <scenario>
// Environment: TEND_CRASH_ITERATIONS (kills, default 200), TEND_CRASH_SEED (the random delays; printed
// when not given), TEND_CRASH_MAX_DELAY_MS (latest kill after the start, default 250).

#include "crashscenario.h"
#include "crashsupport.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using namespace std::chrono;
using tend::crash::CrashScenario;

constexpr long defaultIterations = 200;
constexpr long defaultMaxDelayMs = 250;

[[nodiscard]] unsigned long long environmentNumber(const char* name, unsigned long long fallback) {
    const char* text = std::getenv(name);
    if (!text || !*text)
        return fallback;
    char* end = nullptr;
    const auto value = std::strtoull(text, &end, 10);
    if (*end != '\0') {
        std::fprintf(stderr, "%s must be a whole number, found \"%s\"\n", name, text);
        std::exit(2);
    }
    return value;
}

// What one writer left: the lines it reported, how it ended, and what it said on stderr.
struct WriterRun {
    std::vector<std::string> reports;
    int status = 0;
    std::string errors;
};

[[nodiscard]] std::string readFile(const fs::path& file) {
    std::ifstream in(file);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Starts the writer on `dataDir`, kills it `delay` after the start and collects its complete lines.
[[nodiscard]] WriterRun runAndKill(const std::string& writer, const CrashScenario& scenario,
                                   const fs::path& dataDir, const fs::path& errorFile, microseconds delay) {
    int out[2];
    if (pipe(out) != 0) {
        std::perror("pipe");
        std::exit(2);
    }
    const pid_t parent = getpid();
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("fork");
        std::exit(2);
    }
    if (pid == 0) {
        // Should the driver itself die, its writer must not go on writing forever.
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent)
            _exit(3);
        dup2(out[1], STDOUT_FILENO);
        const int errors = open(errorFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(errors, STDERR_FILENO);
        close(out[0]);
        close(out[1]);
        close(errors);
        const std::string name(scenario.name);
        const std::string dir = dataDir.string();
        execl(writer.c_str(), writer.c_str(), name.c_str(), dir.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    close(out[1]);

    // Keep reading while waiting, so that a full pipe never holds the writer up.
    std::string output;
    char buffer[4096];
    const auto readSome = [&] {
        const auto n = read(out[0], buffer, sizeof buffer);
        if (n > 0)
            output.append(buffer, static_cast<std::size_t>(n));
        return n > 0;
    };
    const auto deadline = steady_clock::now() + delay;
    bool open = true;
    while (open) {
        const auto left = duration_cast<nanoseconds>(deadline - steady_clock::now());
        if (left <= nanoseconds::zero())
            break;
        const timespec timeout{static_cast<time_t>(left.count() / 1'000'000'000),
                               static_cast<long>(left.count() % 1'000'000'000)};
        pollfd readable{out[0], POLLIN, 0};
        if (ppoll(&readable, 1, &timeout, nullptr) > 0)
            open = readSome();
    }
    kill(pid, SIGKILL);
    WriterRun run;
    waitpid(pid, &run.status, 0);
    while (readSome()) {
    }
    close(out[0]);

    // A line cut off by the kill is no report.
    std::size_t start = 0;
    for (auto end = output.find('\n'); end != std::string::npos; end = output.find('\n', start)) {
        run.reports.push_back(output.substr(start, end - start));
        start = end + 1;
    }
    run.errors = readFile(errorFile);
    return run;
}

void copyFolder(const fs::path& from, const fs::path& to) {
    fs::remove_all(to);
    fs::copy(from, to, fs::copy_options::recursive);
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s <tend_crash_writer> <scenario>\n", argv[0]);
        return 2;
    }
    const std::string writer = argv[1];
    const auto* scenario = tend::crash::findCrashScenario(argv[2]);
    if (!scenario) {
        std::string known;
        for (const auto name : tend::crash::crashScenarioNames())
            known.append(" ").append(name);
        std::fprintf(stderr, "unknown crash scenario \"%s\"; known:%s\n", argv[2], known.c_str());
        return 2;
    }
    const auto iterations = environmentNumber("TEND_CRASH_ITERATIONS", defaultIterations);
    const auto maxDelayMs = environmentNumber(
        "TEND_CRASH_MAX_DELAY_MS",
        static_cast<unsigned long long>(scenario->maxDelayMs > 0 ? scenario->maxDelayMs : defaultMaxDelayMs));
    const auto seed = environmentNumber("TEND_CRASH_SEED", std::random_device{}());
    std::printf("crash scenario %s: %llu kills within %llu ms of the start; TEND_CRASH_SEED=%llu repeats "
                "these delays\n",
                argv[2], iterations, maxDelayMs, seed);
    std::fflush(stdout);

    std::mt19937_64 random(seed);
    std::uniform_int_distribution<long long> delays(0, static_cast<long long>(maxDelayMs) * 1000);
    std::string rootTemplate =
        (fs::temp_directory_path() / ("tend-crash-" + std::string(argv[2]) + "-XXXXXX")).string();
    if (!mkdtemp(rootTemplate.data())) {
        std::perror("mkdtemp");
        return 2;
    }
    const fs::path root = rootTemplate;
    const fs::path checkDir = root / "check";
    const fs::path errorFile = root / "writer-stderr.txt";

    fs::path dataDir;
    std::vector<std::string> reports; // every report of every writer on the current data folder
    unsigned long long steps = 0;
    unsigned long long midWork = 0; // kills that came after the writer had reported something
    const auto started = steady_clock::now();
    for (unsigned long long i = 0; i < iterations; ++i) {
        if (i % static_cast<unsigned long long>(scenario->killsPerDataDir) == 0) {
            if (!dataDir.empty())
                fs::remove_all(dataDir);
            dataDir = root / ("data-" + std::to_string(i));
            fs::create_directory(dataDir);
            reports.clear();
        }
        const microseconds delay(delays(random));
        const auto run = runAndKill(writer, *scenario, dataDir, errorFile, delay);
        reports.insert(reports.end(), run.reports.begin(), run.reports.end());
        steps += run.reports.size();
        midWork += run.reports.empty() ? 0 : 1;

        std::string failure;
        if (!WIFSIGNALED(run.status) || WTERMSIG(run.status) != SIGKILL) {
            failure = "the writer ended before it was killed:\n" + run.errors;
        } else {
            try {
                copyFolder(dataDir, checkDir);
                scenario->check(checkDir, reports);
            } catch (const std::exception& error) {
                failure = error.what();
            }
        }
        if (!failure.empty()) {
            std::printf("FAILED after kill %llu (%lld us after the start; %zu lines reported on this folder, "
                        "the last: \"%s\"):\n%s\nThe data as the writer left it: %s\nRepeat the delays with "
                        "TEND_CRASH_SEED=%llu TEND_CRASH_ITERATIONS=%llu\n",
                        i + 1, static_cast<long long>(delay.count()), reports.size(),
                        reports.empty() ? "" : reports.back().c_str(), failure.c_str(), dataDir.c_str(), seed,
                        i + 1);
            return 1;
        }
    }
    fs::remove_all(root);
    const auto seconds = duration_cast<milliseconds>(steady_clock::now() - started).count() / 1000.0;
    std::printf("%llu kills, %llu of them after the writer had reported progress; %llu steps reported; all "
                "checks passed in %.1f s\n",
                iterations, midWork, steps, seconds);
    return 0;
}
