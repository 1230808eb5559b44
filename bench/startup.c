/* startup: does nothing; times the emulator's fixed start-up cost. */
#include "bench.h"

int main(void) { return 0; }
