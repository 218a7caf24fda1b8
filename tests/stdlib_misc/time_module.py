# time: clocks (types and monotonicity), struct_time, gmtime, strftime,
# strptime, asctime, mktime round trip, errors.
import time

t0, m0, p0, c0 = time.time(), time.monotonic(), time.perf_counter(), time.process_time()
time.sleep(0.01)
print(type(t0).__name__, time.time() >= t0, time.monotonic() - m0 >= 0.009, time.perf_counter() > p0,
      time.process_time() >= c0, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__,
      type(time.perf_counter_ns()).__name__, type(time.process_time_ns()).__name__)
print(abs(time.time_ns() / 1e9 - time.time()) < 1)
st = time.gmtime(1234567890)
print(st, st.tm_year, st.tm_yday, st[0], st[-1], len(st), tuple(st), st.tm_zone, st.tm_gmtoff, type(st).__name__)
print(time.gmtime(0), time.gmtime(-86400.5), time.gmtime(2**31))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %U %w %W %y %C %D %F %T %R %e %I %%", st))
print(time.strftime("%G-%V-%u %g", time.gmtime(1609459200)), time.strftime("%c|%x|%X", st))
print(time.asctime(st), time.asctime(time.gmtime(0)))
print(time.strftime("%Y", (2000, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%m/%d", (1999, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strptime("2020-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("Mar 5 99", "%b %d %y")[:3], time.strptime("07 PM", "%I %p")[3], time.strptime("100", "%j")[1:3])
lt = time.localtime(1000000)
print(time.mktime(lt), time.localtime(time.mktime(lt)) == lt)
s2 = time.struct_time((2021, 2, 3, 4, 5, 6, 0, 34, 0))
print(s2, s2.tm_mon, s2.tm_zone)
for call in ["time.sleep(-1)", "time.sleep('x')", "time.gmtime('x')", "time.strftime('%Y', (1, 2))",
             "time.struct_time((1, 2))", "time.strptime('2020', '%Y-%m')", "time.strptime('2020x', '%Y')",
             "time.strftime('%Y', (2000, 13, 1, 0, 0, 0, 0, 1, 0))", "time.gmtime(1e20)", "time.get_clock_info('nope')"]:
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, "!!", type(e).__name__, e)
info = time.get_clock_info("monotonic")
print(info.monotonic, info.adjustable, time.get_clock_info("time").adjustable)
print(isinstance(time.timezone, int), isinstance(time.tzname, tuple), time.daylight in (0, 1))
