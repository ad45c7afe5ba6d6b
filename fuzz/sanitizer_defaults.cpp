// Compiled into every executable of the fuzz build tree (the fuzz targets, the CLI, the
// tests): leak reports that are not Chronicle's. fontconfig, which pango loads to measure
// text, keeps its font cache for the life of the process and never frees it; LeakSanitizer
// reports that cache at exit in every program that draws. Nothing of Chronicle is hidden:
// a suppression matches only stacks that go through the named library. Weak, so a test
// that defines its own suppressions keeps them.
extern "C" __attribute__((weak)) const char* __lsan_default_suppressions();
extern "C" __attribute__((weak)) const char* __lsan_default_suppressions() {
    return "leak:libfontconfig.so\n";
}

// The CLI's error tests expect exactly one line on stderr: no suppression statistics (a
// flag common to all sanitizers, so it is read from the ASan options). Not weak: the ASan
// runtime's own weak default would win the link.
extern "C" const char* __asan_default_options();
extern "C" const char* __asan_default_options() {
    return "print_suppressions=0";
}
