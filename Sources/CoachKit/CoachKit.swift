// CoachKit: the dialogue engine behind Coach. It loads and checks dialogue scripts, classifies
// replies, watches for danger, and steps conversations. It performs no terminal I/O.
