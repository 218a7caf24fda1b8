print("executing _raises")
import sys
SEEN = "_raises" in sys.modules
raise ValueError("boom during import")
