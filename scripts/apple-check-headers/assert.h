/* Stand-in for the SDK's assert.h. See README.md. */
#ifndef BEACON_STUB_ASSERT_H
#define BEACON_STUB_ASSERT_H
#define assert(x) ((void)0)
#endif
