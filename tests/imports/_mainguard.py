def run():
    return "run called"
if __name__ == "__main__":
    print("MAIN GUARD SHOULD NOT RUN ON IMPORT")
else:
    print("_mainguard imported as", __name__)
