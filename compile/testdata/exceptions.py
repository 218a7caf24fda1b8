# try statements in their combinations
def plain(f):
    try:
        f()
    except ValueError:
        return 1
    except (TypeError, KeyError) as e:
        return e
    except:
        raise
    else:
        return 2


def with_finally(f, g):
    try:
        return f()
    finally:
        g()


def everything(f, g, h):
    for i in range(3):
        try:
            if f(i):
                break
            g(i)
        except OSError as err:
            if err.errno:
                continue
            return err
        else:
            h()
        finally:
            print("cleanup", i)
    return None


def nested(a):
    try:
        try:
            a()
        except KeyError:
            pass
        finally:
            a = None
    except Exception as e:
        del e
    return a


def groups(f):
    try:
        f()
    except* ValueError as eg:
        print(eg.exceptions)
    except* (TypeError, KeyError):
        pass
    else:
        print("no error")
    finally:
        print("done")


def reraise():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("bad") from e
    raise
