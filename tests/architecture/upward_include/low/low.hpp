// A lower layer reaching up: CheckLayers.cmake must refuse this include.
#pragma once
#include "high/high.hpp"
