#include "items/items.h"
