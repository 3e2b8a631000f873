"""The playground flows (settings, streaming, run state, the live GAN lab). No streamlit."""
