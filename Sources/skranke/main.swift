print("skranke")
