for i in range(3):
    def stop_early():
        break
    stop_early()
