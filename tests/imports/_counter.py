import _counter_log
_counter_log.runs.append(len(_counter_log.runs) + 1)
try:
    count += 1
except NameError:
    count = 1
