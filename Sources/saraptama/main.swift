print("saraptama")
