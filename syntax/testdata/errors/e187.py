from .. import (a, b
