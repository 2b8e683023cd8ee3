#include "analytics/dailyseries.h"
