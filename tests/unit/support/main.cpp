// The single translation unit that instantiates Boost.Test's runner for jixiao_unit_tests.
#define BOOST_TEST_MODULE jixiao_core
#include <boost/test/unit_test.hpp>
