// A shared library that is not a skillmatch plugin at all.
extern "C" __attribute__((visibility("default"))) int fixture_unrelated_function() { return 42; }
