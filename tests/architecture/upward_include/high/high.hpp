// A higher layer reaching down, as it may.
#pragma once
#include "low/low.hpp"
