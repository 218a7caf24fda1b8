# exit() raises SystemExit with the code; the program's status is it
import sys

print(type(exit).__name__, exit, quit)
try:
    exit()
except SystemExit as e:
    print('caught', repr(e.code), e.args)
try:
    quit(5)
except SystemExit as e:
    print('caught', e.code)
try:
    exit('message')
except SystemExit as e:
    print('caught', e.code)
print('leaving with 3', flush=True)
sys.stdout.flush()
exit(3)
print('not reached')
