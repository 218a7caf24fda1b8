# sys.exit with a code, and the output written before it.
import sys

print("working")
sys.stdout.flush()
sys.exit(4)
