f"\N{DIGIT ONE}{x}\{y}" rf"\d{x}\n" f"{{}}" f"{ {1}}" f"{x:{{}}}"
