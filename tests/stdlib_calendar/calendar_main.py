# calendar.main, the command line (text output and argument errors).
import calendar
import sys

for args in [["2024"], ["2023", "2"], ["-w", "3", "-l", "2", "2022", "7"], ["-m", "4", "-s", "2", "2021"],
             ["--width=4", "--months", "2", "1999"], ["-x"], ["2024", "x"], ["-t", "pdf", "2020"],
             ["-L", "fr_FR", "2020"], ["-t", "html", "2020", "1"], ["1", "2", "3"]]:
    print("args:", args)
    sys.stdout.flush()
    try:
        calendar.main(["calendar.py"] + args)
    except SystemExit as e:
        sys.stderr.flush()
        print("exit", e.code)
    sys.stdout.flush()
