"""The hostile-input harness: a catalogue of bad inputs and faults, and generated cases."""
